package io.remontada.support;

/** Looks clubs up through the API, as a client would, for tests that need an id. */
public final class Clubs {

    private Clubs() {
    }

    public static String idOf(String name) {
        return GraphQL.post("club-by-name", "name", name).statusCode(200).extract().path("data.club.id");
    }
}
