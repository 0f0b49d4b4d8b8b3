package io.aerocast.data;

import io.aerocast.bus.message.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Verifies the readers on cuts of real NOAA and ASOS files: format detection, the routine-hourly row
 * rule, local standard time to UTC, units to degC / m/s / hPa, and missing values as NaN (never 0.0).
 */
class ObservationFilesTest {

  @TempDir
  Path dir;

  private static Path sample(String name) {
    return Path.of("src/test/resources/data", name);
  }

  private static ObservationSet read(String name) throws Exception {
    return ObservationFiles.read(sample(name), ReadOptions.defaults());
  }

  private static void assertOnePerHourSorted(List<Observation> observations) {
    for (int i = 1; i < observations.size(); i++) {
      assertThat(observations.get(i).time()).isAfter(observations.get(i - 1).time());
      assertThat(observations.get(i).time().getEpochSecond() % 3600).isZero();
    }
  }

  @Test
  void legacyLcdOhare() throws Exception {
    ObservationSet set = read("lcd-legacy-ord-2017-jan.csv");

    assertThat(set.format()).isEqualTo(DataFormat.LCD_LEGACY);
    assertThat(set.firstSeries()).isEqualTo("WBAN-94846");
    assertThat(set.utcOffset()).as("from longitude -87.93").isEqualTo(ZoneOffset.ofHours(-6));
    List<Observation> ord = set.series("WBAN-94846");
    // The sample has 208 FM-15 rows, at :51 every hour: one per clock hour.
    assertThat(ord).hasSize(208);
    assertOnePerHourSorted(ord);
    // 2017-01-01 01:51 LST (FM-15): 21 F / -6.1 C, wind 0 mph, station pressure 29.28 inHg.
    Observation first = ord.get(0);
    assertThat(first.time()).isEqualTo(Instant.parse("2017-01-01T07:00:00Z"));
    assertThat(first.temperature()).isCloseTo(-6.1, within(1e-9));
    assertThat(first.windSpeed()).isEqualTo(0.0);
    assertThat(first.pressure()).isCloseTo(29.28 * Units.HPA_PER_INHG, within(1e-9));
    assertThat(set.stats().droppedByRule()).isEqualTo(299 - 208);
  }

  @Test
  void lcdV1AtlantaInfersOffsetFromMetarAndConvertsImperialUnits() throws Exception {
    ObservationSet set = read("lcd-v1-atl-2020-jan.csv");

    assertThat(set.format()).isEqualTo(DataFormat.LCD_V1);
    assertThat(set.utcOffset()).as("00:52 LST is 0552Z").isEqualTo(ZoneOffset.ofHours(-5));
    Observation first = set.series("72219013874").get(0);
    // 2020-01-01T00:52 LST = 05:52Z; 40 F, 9 mph, 28.93 inHg.
    assertThat(first.time()).isEqualTo(Instant.parse("2020-01-01T05:00:00Z"));
    assertThat(first.temperature()).isCloseTo(Units.fahrenheitToCelsius(40), within(1e-9));
    assertThat(first.windSpeed()).isCloseTo(9 * Units.MPS_PER_MPH, within(1e-9));
    assertThat(first.pressure()).isCloseTo(28.93 * Units.HPA_PER_INHG, within(1e-9));
    assertOnePerHourSorted(set.series("72219013874"));
  }

  @Test
  void lcdV2LincolnIsMetric() throws Exception {
    ObservationSet set = read("lcd-v2-lnk-2023-jan.csv");

    assertThat(set.format()).isEqualTo(DataFormat.LCD_V2);
    assertThat(set.utcOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    List<Observation> lnk = set.series("USW00014939");
    Observation first = lnk.get(0);
    // 2023-01-01T00:54 LST = 06:54Z (METAR 010654Z): M03 -> -3.3 C from the hourly column, 2.6 m/s.
    assertThat(first.time()).isEqualTo(Instant.parse("2023-01-01T06:00:00Z"));
    assertThat(first.temperature()).isBetween(-4.0, -2.0);
    assertThat(first.pressure()).isBetween(900.0, 1000.0);
    assertOnePerHourSorted(lnk);
    assertThat(lnk).allSatisfy(o -> assertThat(o.temperature()).isBetween(-40.0, 40.0));
  }

  @Test
  void isdFullGzippedLosAngeles() throws Exception {
    ObservationSet set = read("722874-93134-2007-jan.gz");

    assertThat(set.format()).isEqualTo(DataFormat.ISD);
    assertThat(set.firstSeries()).isEqualTo("722874-93134");
    Observation first = set.series("722874-93134").get(0);
    // 2007-01-01 00:47Z FM-15: +0150 -> 15.0 C; wind 0000 -> 0 m/s; MA1 station pressure 10021 -> 1002.1 hPa.
    assertThat(first.time()).isEqualTo(Instant.parse("2007-01-01T00:00:00Z"));
    assertThat(first.temperature()).isEqualTo(15.0);
    assertThat(first.windSpeed()).isEqualTo(0.0);
    assertOnePerHourSorted(set.series("722874-93134"));
  }

  @Test
  void isdFullWithoutSeaLevelOrMa1KeepsPressureMissing() throws Exception {
    ObservationSet set = read("720538-00164-2020-jan");

    assertThat(set.format()).isEqualTo(DataFormat.ISD);
    List<Observation> lmo = set.series("720538-00164");
    assertOnePerHourSorted(lmo);
    // Reports every 20 minutes: several per hour, the last one kept.
    assertThat(lmo.size()).isLessThan(200);
    Observation first = lmo.get(0);
    assertThat(first.time()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(first.temperature()).as("00:55Z +0001").isEqualTo(0.1);
    assertThat(first.pressure()).as("no MA1 in these records: missing, not 0").isNaN();
  }

  @Test
  void isdLiteHillAfb() throws Exception {
    ObservationSet set = read("725755-24101-2014");

    assertThat(set.format()).isEqualTo(DataFormat.ISD_LITE);
    assertThat(set.firstSeries()).isEqualTo("725755-24101");
    Observation first = set.series("725755-24101").get(0);
    // "2014 01 01 01   -11   -42 10243   210    26"
    assertThat(first.time()).isEqualTo(Instant.parse("2014-01-01T01:00:00Z"));
    assertThat(first.temperature()).isEqualTo(-1.1);
    assertThat(first.pressure()).isEqualTo(1024.3);
    assertThat(first.windSpeed()).isEqualTo(2.6);
    assertThat(set.series("725755-24101")).hasSize(120);
  }

  @Test
  void asosCsvWithStationsAndAnImpossibleWind() throws Exception {
    ObservationSet set = read("nycflights13-weather-sample.csv");

    assertThat(set.format()).isEqualTo(DataFormat.ASOS_CSV);
    assertThat(set.bySeries().keySet()).containsExactly("EWR");
    Observation first = set.series("EWR").get(0);
    assertThat(first.time()).isEqualTo(Instant.parse("2013-01-01T06:00:00Z"));
    assertThat(first.temperature()).isCloseTo(Units.fahrenheitToCelsius(39.02), within(1e-9));
    assertThat(first.pressure()).isEqualTo(1012.0);
    Observation outlier = set.series("EWR").stream()
        .filter(o -> o.time().equals(Instant.parse("2013-02-12T08:00:00Z"))).findFirst().orElseThrow();
    assertThat(outlier.windSpeed()).as("1048 mph is not weather").isNaN();
    assertThat(set.stats().implausibleValues()).isEqualTo(1);
  }

  @Test
  void plainCsvWithOffsetsMissingValuesAndFahrenheit() throws Exception {
    Path file = dir.resolve("station-x.csv");
    Files.writeString(file, """
        ts,temperature,windspeed,pressure
        2024-03-01T00:10:00Z,50,3.5,1013.2
        2024-03-01T01:10:00+01:00,,2.0,
        2024-03-01 01:30,41,NA,1012
        """);

    ObservationSet set = ObservationFiles.read(file, new ReadOptions(RowRule.ROUTINE_HOURLY, true, null));

    assertThat(set.format()).isEqualTo(DataFormat.PLAIN_CSV);
    List<Observation> x = set.series("station-x");
    assertThat(x).hasSize(2);
    // 01:10+01:00 is 00:10Z: the same hour as the first row, and it has no temperature: the first row stays.
    assertThat(x.get(0).temperature()).isCloseTo(10.0, within(1e-9));
    assertThat(x.get(1).time()).isEqualTo(Instant.parse("2024-03-01T01:00:00Z"));
    assertThat(x.get(1).temperature()).isCloseTo(5.0, within(1e-9));
    assertThat(x.get(1).windSpeed()).isNaN();
  }

  @Test
  void lcdOffsetCanBeGivenExplicitly() throws Exception {
    ObservationSet set = ObservationFiles.read(sample("lcd-legacy-ord-2017-jan.csv"),
        new ReadOptions(RowRule.ROUTINE_HOURLY, false, ZoneOffset.ofHours(-5)));
    assertThat(set.series("WBAN-94846").get(0).time()).isEqualTo(Instant.parse("2017-01-01T06:00:00Z"));
  }

  @Test
  void lastPerHourKeepsSpecialsToo() throws Exception {
    ObservationSet set = ObservationFiles.read(sample("lcd-legacy-ord-2017-jan.csv"),
        new ReadOptions(RowRule.LAST_PER_HOUR, false, null));
    assertThat(set.series("WBAN-94846").size()).isGreaterThanOrEqualTo(208);
  }

  @Test
  void unknownFormatIsAClearError() throws Exception {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "a,b,c\n1,2,3\n");
    assertThatThrownBy(() -> ObservationFiles.read(file, ReadOptions.defaults()))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("unrecognised observation file; first line: a,b,c");
  }

  @Test
  void noaaFlagsAreMissingNotZero() {
    assertThat(Values.parse("29.24s")).isNaN();
    assertThat(Values.parse("VRB")).isNaN();
    assertThat(Values.parse("T")).isNaN();
    assertThat(Values.parse("-9999")).isNaN();
    assertThat(Values.parse("")).isNaN();
    assertThat(Values.parse("NA")).isNaN();
    assertThat(Values.parse("000")).isEqualTo(0.0);
    assertThat(Values.parse("-5")).isEqualTo(-5.0);
  }

  @Test
  void quotedCsvFieldsWithCommas() {
    assertThat(CsvLine.split("a,\"LINCOLN AIRPORT, NE US\",\"say \"\"hi\"\"\",")).containsExactly(
        "a", "LINCOLN AIRPORT, NE US", "say \"hi\"", "");
  }
}
