package dev.khabar.understand.dates;

import dev.khabar.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBasedDateMentionExtractorTest {
    private static final DateVocabulary VOCABULARY = DateVocabulary.load();
    private static final RuleBasedDateMentionExtractor EXTRACTOR = new RuleBasedDateMentionExtractor(VOCABULARY, DateResolution.PAST);
    /** The seed article's published day, a Sunday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 7);

    private static DateMention only(String text, String language) {
        List<DateMention> found = EXTRACTOR.extract(text, language, PUBLISHED);
        assertEquals(1, found.size(), () -> "expected one date in «" + text + "», got " + found);
        return found.get(0);
    }

    private static DateMention mention(String text, String language, String phrase) {
        return EXTRACTOR.extract(text, language, PUBLISHED).stream().filter(d -> d.text().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no «" + phrase + "» in " + EXTRACTOR.extract(text, language, PUBLISHED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال المتحدث أمس إن المفاوضات ستستأنف | ar | أمس | 2026-06-06 | 2026-06-06 | day",
            "وصل الوفد إلى القاهرة اليوم لبحث التهدئة | ar | اليوم | 2026-06-07 | 2026-06-07 | day",
            "ومن المقرر أن يعود الوزير غداً إلى أنقرة | ar | غداً | 2026-06-08 | 2026-06-08 | day",
            "وكانت الحكومة قد أعلنت الأسبوع الماضي عن خطة جديدة | ar | الأسبوع الماضي | 2026-05-25 | 2026-05-31 | week",
            "وتنطلق الانتخابات الشهر المقبل في أنحاء البلاد | ar | الشهر المقبل | 2026-07-01 | 2026-07-31 | month",
            "ارتفعت الصادرات خلال العام الماضي بنسبة ملحوظة | ar | العام الماضي | 2025-01-01 | 2025-12-31 | year",
            "أفرج عن الصحفي قبل ثلاثة أيام بعد احتجازه | ar | قبل ثلاثة أيام | 2026-06-04 | 2026-06-04 | day",
            "The minister said yesterday that talks would resume | en | yesterday | 2026-06-06 | 2026-06-06 | day",
            "Inflation slowed last week, the central bank said | en | last week | 2026-05-25 | 2026-05-31 | week",
            "Elections are due next month across the country | en | next month | 2026-07-01 | 2026-07-31 | month",
            "The ceasefire was signed two weeks ago in Doha | en | two weeks ago | 2026-05-24 | 2026-05-24 | day",
            "Bakan dün Ankara'da gazetecilere açıklama yaptı | tr | dün | 2026-06-06 | 2026-06-06 | day",
            "Merkez Bankası geçen hafta faizi sabit tuttu | tr | geçen hafta | 2026-05-25 | 2026-05-31 | week",
            "Seçimler gelecek ay yapılacak | tr | gelecek ay | 2026-07-01 | 2026-07-31 | month",
            "ראש הממשלה אמר אתמול כי השיחות יימשכו | he | אתמול | 2026-06-06 | 2026-06-06 | day",
            "הממשלה אישרה בשבוע שעבר את התקציב | he | בשבוע שעבר | 2026-05-25 | 2026-05-31 | week",
            "השר ייפגש מחר עם עמיתו הטורקי | he | מחר | 2026-06-08 | 2026-06-08 | day",
    })
    void shouldResolveRelativeDatesAgainstThePublishedDate(String sentence, String language, String phrase, String start, String end,
                                                         String granularity) {
        DateMention d = mention(sentence, language, phrase);
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals(granularity, d.granularity());
        assertEquals("relative", d.kind());
        assertEquals(phrase, sentence.substring(d.offset(), d.offset() + d.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وعقدت القمة في 15 مارس 2026 بحضور القادة | ar | 15 مارس 2026 | 2026-03-15 | 2026-03-15",
            "وقع الاتفاق في ١٥ آذار ٢٠٢٦ في دمشق | ar | ١٥ آذار ٢٠٢٦ | 2026-03-15 | 2026-03-15",
            "انطلقت الدورة يوم 3 جويلية 2025 بتونس | ar | يوم 3 جويلية 2025 | 2025-07-03 | 2025-07-03",
            "وأعلن المغرب يوم 12 شتنبر 2025 عن خطة | ar | يوم 12 شتنبر 2025 | 2025-09-12 | 2025-09-12",
            "وفي الخامس من يونيو 2026 أعلنت الوزارة | ar | الخامس من يونيو 2026 | 2026-06-05 | 2026-06-05",
            "ارتفعت الأسعار في يونيو 2026 بنسبة 3% | ar | يونيو 2026 | 2026-06-01 | 2026-06-30",
            "The summit was held on March 15, 2026 in Cairo | en | March 15, 2026 | 2026-03-15 | 2026-03-15",
            "Zirve 15 Mart 2026 tarihinde İstanbul'da yapıldı | tr | 15 Mart 2026 | 2026-03-15 | 2026-03-15",
            "הפסגה התקיימה ב-15 במרץ 2026 בירושלים | he | ב-15 במרץ 2026 | 2026-03-15 | 2026-03-15",
            "أقرت الخطة في 2026-03-15 بعد نقاش طويل | ar | 2026-03-15 | 2026-03-15 | 2026-03-15",
    })
    void shouldReadFullDatesInEveryLanguage(String sentence, String language, String phrase, String start, String end) {
        DateMention d = mention(sentence, language, phrase);
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertFalse(d.imputedYear());
        assertEquals("gregory", d.calendar());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "يعقد المؤتمر من 5 إلى 7 يونيو في الرياض | ar | من 5 إلى 7 يونيو | 2026-06-05 | 2026-06-07",
            "تمتد الخطة 2025-2026 على مرحلتين | ar | 2025-2026 | 2025-01-01 | 2026-12-31",
            "The economy grew between March and May 2026 | en | between March and May 2026 | 2026-03-01 | 2026-05-31",
            "The fair runs from 5 June to 9 June 2026 | en | from 5 June to 9 June 2026 | 2026-06-05 | 2026-06-09",
            "بين عامي 2020 و2024 تضاعف عدد السكان | ar | بين عامي 2020 و2024 | 2020-01-01 | 2024-12-31",
    })
    void shouldReadRanges(String sentence, String language, String phrase, String start, String end) {
        DateMention d = mention(sentence, language, phrase);
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals("range", d.kind());
    }

    @Test
    void shouldTakeTheYearOfThePublishedDateForADayWithoutYearAndSayItWasImputed() {
        DateMention d = only("ويعود الرئيس إلى القاهرة في 7 يونيو بعد جولته", "ar");
        assertEquals("2026-06-07", d.start());
        assertTrue(d.imputedYear());
    }

    @Test
    void shouldFlagABareWeekdayAsAmbiguousAndPickTheLastOneUpToThePublishedDay() {
        DateMention d = only("The ministers met on Thursday in Ankara", "en");
        assertEquals("2026-06-04", d.start());
        assertTrue(d.ambiguous());
    }

    @Test
    void shouldFlagADayMonthOrderThatCouldBeEitherWay() {
        DateMention d = only("The report dated 03/04/2026 was leaked", "en");
        assertEquals("2026-03-04", d.start());
        assertTrue(d.ambiguous());
        assertFalse(only("التقرير المؤرخ 25/04/2026 تسرب", "ar").ambiguous());
        assertEquals("2026-04-25", only("التقرير المؤرخ 25/04/2026 تسرب", "ar").start());
    }

    @Test
    void shouldConvertRamadanFirst1447ByUmmAlQura() {
        LocalDate expected = LocalDate.from(HijrahDate.of(1447, 9, 1));
        assertEquals(LocalDate.of(2026, 2, 18), expected);
        DateMention d = only("وبدأ صيام شهر رمضان في 1 رمضان 1447 هـ وسط أجواء حارة", "ar");
        assertEquals("2026-02-18", d.start());
        assertEquals("islamic-umalqura", d.calendar());
    }

    @Test
    void shouldConvertAHijriDateInTheMiddleOfASentence() {
        DateMention d = mention("وأقيمت صلاة التراويح مساء 15 رمضان 1447 هـ في المسجد الحرام", "ar", "15 رمضان 1447 هـ");
        assertEquals("2026-03-04", d.start());
        assertEquals("islamic-umalqura", d.calendar());
    }

    @Test
    void shouldReadAWholeHijriMonthAsAnInterval() {
        DateMention d = only("تراجعت أسعار التمور خلال شهر شوال 1447", "ar");
        assertEquals(LocalDate.from(HijrahDate.of(1447, 10, 1)).toString(), d.start());
        assertEquals(LocalDate.from(HijrahDate.of(1447, 11, 1)).minusDays(1).toString(), d.end());
        assertEquals("month", d.granularity());
    }

    @Test
    void shouldConvertHebrewCalendarDatesWrittenInLettersOrDigits() {
        DateMention letters = only("ראש השנה יחול ביום א' בתשרי תשפ\"ז", "he");
        assertEquals("2026-09-12", letters.start());
        assertEquals("hebrew", letters.calendar());
        assertEquals("2026-09-12", only("הטקס ייערך ב-1 בתשרי 5787 בירושלים", "he").start());
    }

    @Test
    void shouldTakeAYearOnlyWhenTheTextSaysItIsOne() {
        assertTrue(EXTRACTOR.extract("قتل 2026 شخصا في الاشتباكات", "ar", PUBLISHED).isEmpty());
        assertEquals("2025-01-01", only("بدأ المشروع في عام 2025 بتمويل أوروبي", "ar").start());
        assertEquals("2025-12-31", only("The plan was adopted in 2025 by parliament", "en").end());
        assertEquals("2026-01-01", only("Proje 2026 yılında tamamlanacak", "tr").start());
        assertEquals("2024-01-01", only("החוק נחקק בשנת 2024 בכנסת", "he").start());
    }

    @Test
    void shouldResolveYearsAgoToTheMonthTheyFallIn() {
        DateMention d = only("أعلنت الشركة إفلاسها قبل عامين في الرياض", "ar");
        assertEquals("2024-06-01", d.start());
        assertEquals("2024-06-30", d.end());
        assertEquals("month", d.granularity());
    }

    @Test
    void shouldReadAMonthWrittenAsNumberSlashYear() {
        DateMention d = only("صدر التقرير الأول في 2/2013 عن الهيئة", "ar");
        assertEquals("2013-02-01", d.start());
        assertEquals("2013-02-28", d.end());
    }

    @Test
    void shouldReadTheStartOfARelativeWeek() {
        DateMention d = only("Talks resume at the beginning of the following week in Geneva", "en");
        assertEquals("2026-06-08", d.start());
        assertEquals("2026-06-10", d.end());
    }

    @Test
    void shouldLeaveRelativeDatesUnresolvedWithoutAReference() {
        DateMention d = EXTRACTOR.extract("وقال الوزير أمس إن", "ar", null).get(0);
        assertEquals("أمس", d.text());
        assertNull(d.start());
    }

    @Test
    void shouldNotMistakeMayTheVerbForTheMonth() {
        assertTrue(EXTRACTOR.extract("The government may raise taxes, and may cut spending", "en", PUBLISHED).isEmpty());
    }

    @Test
    void shouldGiveOffsetsIntoTheTextAsPassedWithDiacriticsAndTatweel() {
        String text = "عنوان الخبر\n\nوصَلَ الوفدُ أَمْسِ إلى القاهرة في ٧ يـونـيـو ٢٠٢٦";
        for (DateMention d : EXTRACTOR.extract(text, "ar", PUBLISHED)) {
            assertEquals(d.text(), text.substring(d.offset(), d.offset() + d.length()));
        }
        assertEquals("٧ يـونـيـو ٢٠٢٦", mention(text, "ar", "٧ يـونـيـو ٢٠٢٦").text());
        assertEquals("أَمْسِ", mention(text, "ar", "أَمْسِ").text());
    }

    @Test
    void shouldReturnNothingForEmptyText() {
        assertTrue(EXTRACTOR.extract("", "ar", PUBLISHED).isEmpty());
        assertTrue(EXTRACTOR.extract(null, "ar", PUBLISHED).isEmpty());
    }

    @Test
    void shouldNotReadOneOrTwoAsWeekdaysInArabicProse() {
        // From the seed: "أحد العوامل" is "one of the factors", "بين الاثنين" would be "between the two".
        String text = "ووفق التقرير، فإن إسرائيل تُعدّ أحد العوامل الرئيسية، وقال اثنين من المسؤولين إن الاجتماع انتهى.";
        org.junit.jupiter.api.Assertions.assertTrue(EXTRACTOR.extract(text, "ar", java.time.LocalDate.of(2026, 6, 7)).isEmpty(),
                () -> EXTRACTOR.extract(text, "ar", java.time.LocalDate.of(2026, 6, 7)).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "يأتي التقارب بين مصر وتركيا بعد سنوات من التوتر الدبلوماسي | ar",
            "وتعثرت المفاوضات منذ أشهر دون تقدم يذكر | ar",
            "היחסים בין המדינות השתפרו אחרי שנים של מתיחות | he",
    })
    void shouldNotDateAPluralUnitWithoutItsNumber(String sentence, String language) {
        assertEquals(List.of(), EXTRACTOR.extract(sentence, language, PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وعاد السفير إلى القاهرة بعد أسبوعين من المشاورات | ar | 2026-06-21",
            "وكان الاتفاق قد وقع قبل عام في أنقرة | ar | 2025-06-01",
    })
    void shouldStillDateASingularOrDualUnitWithoutANumber(String sentence, String language, String start) {
        assertEquals(start, only(sentence, language).start());
    }
}
