package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.explainer.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private static PartialDate d(String s) {
        return PartialDate.parse(s).orElseThrow();
    }

    @Test
    void writesBritishDatesAtTheirOwnPrecision() {
        DateText en = new DateText("en-GB");
        assertEquals("11 February 2016", en.format(d("2016-02-11")));
        assertEquals("May 2016", en.format(d("2016-05")));
        assertEquals("2012", en.format(d("2012")));
    }

    @Test
    void followsTheSiteLanguage() {
        assertEquals("February 11, 2016", new DateText("en-US").format(d("2016-02-11")));
        assertEquals("11 février 2016", new DateText("fr").format(d("2016-02-11")));
        assertEquals("Mai 2016", new DateText("fr").format(d("2016-05")));
    }
}
