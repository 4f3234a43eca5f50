package org.explainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** The id syntax as the regular expression Ids.isId replaced: the reference it must agree with. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void isIdAcceptsLowerCaseWordsJoinedBySingleHyphensOnly() {
        for (String id : List.of("a", "m000001", "2021-03-strike", "ana-lopez", "q000000-0")) assertTrue(Ids.isId(id), id);
        for (String id : List.of("", "-a", "a-", "a--b", "Ana", "a_b", "a b", "é", "a/b", "-")) assertFalse(Ids.isId(id), id);
    }

    @Test
    void isIdAgreesWithTheIdExpressionOnRandomStrings() {
        String alphabet = "az09-_A. é";
        Random random = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String id = s.toString();
            assertEquals(ID.matcher(id).matches(), Ids.isId(id), id);
        }
    }
}
