package io.aerocast.data;

/**
 * What a read did with the file's rows, for logs and reports.
 *
 * @param dataLines          data lines in the file (header excluded)
 * @param unparseableLines   lines that could not be parsed at all (counted, skipped)
 * @param droppedByRule      parsed rows the row rule did not keep (specials, SYNOPs, summaries, extra rows in an hour)
 * @param implausibleValues  individual values outside physical limits, turned into missing
 * @param hourlyRows         rows kept: one per series per clock hour
 */
public record ReadStats(long dataLines, long unparseableLines, long droppedByRule, long implausibleValues,
    long hourlyRows) {
}
