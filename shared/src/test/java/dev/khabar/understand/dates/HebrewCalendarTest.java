package dev.khabar.understand.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HebrewCalendarTest {

    @Test
    void shouldPlaceRoshHashanah5787OnSeptember12th2026() {
        assertEquals(LocalDate.of(2026, 9, 12), HebrewCalendar.toGregorian(5787, 7, 1));
    }

    @Test
    void shouldPlaceRoshHashanah5786OnSeptember23rd2025() {
        assertEquals(LocalDate.of(2025, 9, 23), HebrewCalendar.toGregorian(5786, 7, 1));
    }

    @Test
    void shouldPlacePassover5786OnApril2nd2026() {
        assertEquals(LocalDate.of(2026, 4, 2), HebrewCalendar.toGregorian(5786, 1, 15));
    }

    @Test
    void shouldPlacePurimOfLeapYear5784InAdarII() {
        assertTrue(HebrewCalendar.isLeapYear(5784));
        assertEquals(LocalDate.of(2024, 3, 24), HebrewCalendar.toGregorian(5784, 13, 14));
        assertEquals(LocalDate.of(2024, 2, 23), HebrewCalendar.toGregorian(5784, 12, 14));
    }

    @Test
    void shouldPlaceYomKippur5785OnOctober12th2024() {
        assertFalse(HebrewCalendar.isLeapYear(5785));
        assertEquals(LocalDate.of(2024, 10, 12), HebrewCalendar.toGregorian(5785, 7, 10));
    }

    @Test
    void shouldRejectTheThirtiethOfTevetWhichNeverExists() {
        assertThrows(IllegalArgumentException.class, () -> HebrewCalendar.toGregorian(5786, 10, 30));
    }

    @Test
    void shouldFindTheHebrewYearAroundTishrei() {
        assertEquals(5786, HebrewCalendar.yearOf(LocalDate.of(2026, 6, 7)));
        assertEquals(5787, HebrewCalendar.yearOf(LocalDate.of(2026, 9, 12)));
        assertEquals(5786, HebrewCalendar.yearOf(LocalDate.of(2026, 9, 11)));
    }

    @Test
    void shouldReadHebrewLetterNumerals() {
        assertEquals(15, HebrewNumerals.value("ט\"ו"));
        assertEquals(5787, HebrewNumerals.year("תשפ\"ז"));
        assertEquals(5787, HebrewNumerals.year("ה'תשפ\"ז"));
        assertEquals(-1, HebrewNumerals.value("abc"));
    }
}
