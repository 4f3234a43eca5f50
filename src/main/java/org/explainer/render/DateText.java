package org.explainer.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.explainer.model.PartialDate;

/**
 * Writes a date in the site's language at its own precision: "11 February 2016", "May 2016",
 * "2016" in en-GB; "February 11, 2016" in en-US. Never more precise than the content says.
 */
public final class DateText {

    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    public DateText(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getLanguage().isEmpty()) locale = Locale.UK;
        // A bare "en" reads as British English here: the explainer's dates were written that way.
        if (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) locale = Locale.UK;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    public String format(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> capitalise(month.format(YearMonth.of(date.year(), date.month())));
            case DAY -> day.format(LocalDate.of(date.year(), date.month(), date.day()));
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
