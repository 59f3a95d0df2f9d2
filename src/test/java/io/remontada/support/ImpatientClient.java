package io.remontada.support;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** A client that posts a query and closes its connection without reading the answer. */
public final class ImpatientClient {

    private ImpatientClient() {
    }

    /** Sends {@code json}, uncached, to {@code graphql} and closes the connection after {@code patienceMillis}. */
    public static void askAndLeave(URL graphql, String json, int patienceMillis) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + graphql.getPath() + " HTTP/1.1\r\nHost: " + graphql.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Cache-Control: no-cache\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(patienceMillis);
        }
    }
}
