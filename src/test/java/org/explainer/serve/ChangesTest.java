package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    /** A page's model names items by their page files, by route, or by absolute address. */
    @Test
    void findsTheItemsAPageShowsWhateverFormTheirAddressTakes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("actor", "actors/hunt.html#quotes");
        model.put("quotes", List.of("quotes/q-1.html", "timeline/index.html"));
        model.put("jsonLd", "{\"url\":\"https://example.org/site/milestones/2016-vote.html\","
                + "\"about\":\"https://example.org/site/issues/pay/\"}");
        model.put("title", "Not an address");
        model.put("cites", List.of("sources/index.html#source-bbc", "sources/bbc.html#quotes"));
        assertEquals(Set.of("milestones/2016-vote/", "actors/hunt/", "quotes/q-1/", "issues/pay/", "sources/bbc/"),
                Changes.links("milestones/2016-vote/", model, new HashMap<>()));
    }
}
