package io.deltashare.platform.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint that forgot its security annotation: the platform default still demands a token. */
@Path("/api/v1/ping")
public class PingResource {

    @GET
    public String ping() {
        return "pong";
    }
}
