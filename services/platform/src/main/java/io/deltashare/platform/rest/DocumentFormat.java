package io.deltashare.platform.rest;

import io.deltashare.platform.decision.Rejected;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats a document (a statement, a report, a certificate) is given in, and which one a request asks for: the
 * {@code format} query parameter when it is there, else the first format offered that {@code Accept} names, by its
 * quality values ({@code q=0} refuses one); a wildcard, or no {@code Accept}, gives the first format offered.
 */
public enum DocumentFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String parameter;
    private final String mediaType;

    DocumentFormat(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The answer with {@code body} in this format: JSON as the entity itself; CSV (UTF-8), PDF and XLSX as a download
     * named {@code name} with this format's extension.
     */
    public Response answer(Object body, String name) {
        if (this == JSON) {
            return Response.ok(body, mediaType).build();
        }
        return Response.ok(body, this == CSV ? mediaType + "; charset=UTF-8" : mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + parameter + "\"")
                .build();
    }

    /**
     * The format a request asks for among {@code offered} (the first is the default): 400 for a {@code format} that is
     * none of them, 406 when {@code Accept} names none of them.
     */
    public static DocumentFormat choose(String format, String accept, List<DocumentFormat> offered) {
        if (format != null && !format.isBlank()) {
            String asked = format.trim().toLowerCase(Locale.ROOT);
            return offered.stream()
                    .filter(f -> f.parameter.equals(asked))
                    .findFirst()
                    .orElseThrow(() -> Rejected.invalid("format", "is " + names(offered, DocumentFormat::parameter)));
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        for (Range range : ranges(accept)) {
            for (DocumentFormat candidate : offered) {
                if (range.matches(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        throw Rejected.notAcceptable("this document is given as " + names(offered, DocumentFormat::mediaType)
                + " (Accept, or the format parameter: " + names(offered, DocumentFormat::parameter) + ")");
    }

    private static String names(List<DocumentFormat> formats, Function<DocumentFormat, String> name) {
        return formats.stream().map(name).collect(Collectors.joining(", "));
    }

    /** A media range of {@code Accept} and its quality. */
    private record Range(String type, double quality) {

        boolean matches(String mediaType) {
            if (type.equals("*/*") || type.equals(mediaType)) {
                return true;
            }
            return type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1));
        }
    }

    /** The ranges {@code Accept} names that it takes at all, best first (ties in the order written). */
    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (!type.isEmpty() && quality > 0) {
                ranges.add(new Range(type, quality));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed());
        return ranges;
    }
}
