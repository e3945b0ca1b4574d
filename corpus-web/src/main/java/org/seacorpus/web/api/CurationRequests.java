package org.seacorpus.web.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.curate.CurationAction;
import org.seacorpus.curate.CurationTarget;
import org.seacorpus.web.Params;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.curation.CurationService;

import io.javalin.http.Context;

/**
 * A curation request, from a JSON body (the API) or a form (the pages), in the terms of the CLI's curation
 * commands: which documents ({@code ids}, or {@code query}, {@code lang}, {@code filters}, or {@code all}),
 * what to do ({@code add}/{@code remove} tags, a rejection {@code reason}, metadata to {@code set}/{@code unset})
 * and why ({@code reason}, kept in the audit trail for every action).
 */
public final class CurationRequests {
    /** The JSON body of {@code POST /api/v1/curation/{action}}. */
    public record Body(List<String> ids, String query, String lang, List<String> filters, Boolean all,
                       List<String> add, List<String> remove, String reason, Map<String, String> set,
                       List<String> unset, Boolean dryRun) {
        public Body {
            ids = ids == null ? List.of() : ids;
            filters = filters == null ? List.of() : filters;
            add = add == null ? List.of() : add;
            remove = remove == null ? List.of() : remove;
            set = set == null ? Map.of() : set;
            unset = unset == null ? List.of() : unset;
        }
    }

    private final Workbench bench;

    public CurationRequests(Workbench bench) {
        this.bench = bench;
    }

    public Body fromJson(Context ctx) {
        if (ctx.body().isBlank()) {
            throw new WebException(400, "the request has no body; send JSON such as {\"ids\": [\"3ecae1f5fc20\"], "
                    + "\"add\": [\"checked\"], \"reason\": \"read and checked\"}");
        }
        return ctx.bodyAsClass(Body.class);
    }

    /** The same request from a form: {@code ids}, {@code q}, {@code lang}, {@code filter}, {@code add}… */
    public static Body fromForm(Context ctx) {
        Map<String, String> set = new LinkedHashMap<>();
        for (String pair : Params.all(ctx, "set")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new WebException(400, "metadata to set is written NAME=VALUE, not '" + pair + "'");
            }
            set.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return new Body(Params.list(ctx, "ids"), Params.text(ctx, "q"), Params.text(ctx, "lang"),
                Params.all(ctx, "filter"), Params.flag(ctx, "all"), words(Params.all(ctx, "add")),
                words(Params.all(ctx, "remove")), Params.text(ctx, "reason"), set, words(Params.all(ctx, "unset")),
                Params.flag(ctx, "dry_run"));
    }

    /** Applies {@code action} (tag, reject, restore or meta) as the body says. */
    public CurationService.Applied apply(String action, Body body) {
        CurationTarget target;
        CurationAction change;
        try {
            target = new CurationTarget(body.ids(), body.query(), body.lang(), body.filters(),
                    Boolean.TRUE.equals(body.all()));
            change = switch (action) {
                case "tag" -> new CurationAction.Tag(new HashSet<>(body.add()), new HashSet<>(body.remove()));
                case "reject" -> new CurationAction.Reject(body.reason(), Instant.now().toString());
                case "restore" -> new CurationAction.Restore();
                case "meta" -> new CurationAction.SetMeta(body.set(), new HashSet<>(body.unset()));
                default -> throw new WebException(404, "no curation action '" + action
                        + "'; there are tag, reject, restore and meta");
            };
        } catch (IllegalArgumentException e) {
            throw new WebException(400, e.getMessage());
        }
        return bench.curation().apply(target, change, body.reason(), Boolean.TRUE.equals(body.dryRun()));
    }

    /** Tags and metadata names typed into one box, separated by spaces or commas. */
    private static List<String> words(List<String> values) {
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split("[\\s,]+")))
                .filter(w -> !w.isBlank()).toList();
    }
}
