package dev.claimgraph.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the web page's files from the classpath folder {@code web/}, and passes every other
 * request on to Fuseki.
 */
final class WebResourceFilter extends HttpFilter {

    static final String FOLDER = "web";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    // One or more plain path segments ending in a known file extension: no "..", no empty segment.
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        String type = contentType(path);
        InputStream in = type == null ? null : WebResourceFilter.class.getClassLoader()
                .getResourceAsStream(FOLDER + path);
        if (in == null) {
            chain.doFilter(request, response);
            return;
        }
        try (in) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            // The page and its queries change with the jar, so a browser should always revalidate.
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (method.equals("GET")) {
                try (OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** The content type for a safe path with a known extension, else null. */
    static String contentType(String path) {
        if (!SAFE_PATH.matcher(path).matches()) {
            return null;
        }
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot < slash + 2) {
            return null;
        }
        return TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
