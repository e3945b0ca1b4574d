package org.seacorpus.search;

/** The query or a filter could not be understood; the message says where. */
public class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
