package org.seacorpus.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.seacorpus.corpus.Corpus;
import org.seacorpus.web.ServeOptions;
import org.seacorpus.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code corpus serve}: the web workbench and the REST API. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the corpus in a browser: search with a concordance that lines up Thai, Lao, Khmer and",
            "Burmese hits, read documents, count words, see the dashboard, and curate (with --allow-curation);",
            "the same data as JSON under /api/v1 (OpenAPI at /api/v1/openapi.json). Runs until Ctrl-C.",
            "Listens on 127.0.0.1 only unless --host says otherwise; then every request needs a token."},
        footer = {"", "Examples:",
            "  corpus serve                                  # http://127.0.0.1:8080/, read-only",
            "  corpus serve --port 9000 --allow-curation",
            "  corpus serve --host 0.0.0.0 --allow-curation  # prints a token; share the printed address"})
final class ServeCommand implements Callable<Integer> {
    /** Ctrl-C (the JVM shutting down) stops the server; an interrupt of this thread does too. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it stops the server
        }
    }

    @ParentCommand
    CorpusCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other "
                    + "address needs a token: --token, or one is generated and printed.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token every request must carry (Authorization: Bearer TOKEN, or open the "
                    + "printed address once in a browser); at least 16 characters.")
    String token;

    @Option(names = "--allow-curation",
            description = "Allow tagging, rejecting, restoring and editing metadata (recorded in runs/ as the "
                    + "CLI's curation). Without it the server is read-only.")
    boolean allowCuration;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + ServeOptions.DEFAULT_CACHE_MEGABYTES,
            description = "Heap kept for searches, concordances and facet counts asked again (paging back, "
                    + "re-sorting, the same word from many users); dropped at every commit, so never stale "
                    + "(default: ${DEFAULT-VALUE}; 0 turns it off).")
    int cacheMegabytes;

    @Override
    public Integer call() throws InterruptedException {
        Output output = root.output(spec);
        ServeOptions options = ServeOptions.resolve(host, port, token, allowCuration).withCache(cacheMegabytes);
        Corpus corpus = Corpus.open(root.corpusHome());
        CountDownLatch stopped = new CountDownLatch(1);
        try (WebServer server = WebServer.start(corpus, options)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "corpus-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            if (options.tokenGenerated()) {
                output.warn("listening on " + options.host() + ", beyond this machine: every request needs this "
                        + "token (keep it secret): " + options.token());
            }
            output.warn("serving corpus '" + corpus.home().config().name() + "' (" + (allowCuration ? "curation on"
                    : "read-only") + "); stop with Ctrl-C");
            output.println("open " + server.url());
            output.out().flush();
            try {
                stopped.await();
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }
}
