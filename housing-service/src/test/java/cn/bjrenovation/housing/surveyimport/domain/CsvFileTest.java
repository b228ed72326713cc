package cn.bjrenovation.housing.surveyimport.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a survey file: every record keeps its line, and what cannot be read is said, never lost. */
class CsvFileTest {

	@Test
	void readsQuotedFieldsAcrossLinesAndKeepsEachRecordsFirstLine() {
		CsvFile file = CsvFile.parse("\uFEFFa,b\r\n\"x,\"\"1\"\"\",\"two\r\nlines\"\r\n\r\ny,z\r\n");

		assertThat(file.header()).containsExactly("a", "b");
		assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(2, 5);
		assertThat(file.records().get(0).fields()).containsExactly("x,\"1\"", "two\r\nlines");
		assertThat(file.records()).allMatch(r -> r.controls().isEmpty() && r.unreadable() == null);
	}

	@Test
	void notesTheFirstControlCharacterOfEachFieldButAllowsTabsAndCrlfLineEnds() {
		CsvFile file = CsvFile.parse("a,b,c\nx\u0000y\u0001,\tok\t,c\u000bd\r\n");

		CsvFile.Record record = file.records().get(0);
		assertThat(record.controls()).isEqualTo(Map.of(0, '\u0000', 2, '\u000b'));
		assertThat(record.fields()).containsExactly("x\u0000y\u0001", "\tok\t", "c\u000bd");
	}

	/**
	 * Found by the survey fuzz: with a CR alone read as a character, a file saved with CR line ends was one record, and
	 * each line of a file ending its lines in CR CR LF had a stray record after it (the counts exceeded the file's rows).
	 */
	@Test
	void aCrAloneEndsALineAsOldMacSpreadsheetsWriteIt() {
		CsvFile mac = CsvFile.parse("a,b\r1,2\r3,4\r");
		CsvFile doubled = CsvFile.parse("a,b\r\r\n1,2  \r\r\n\r\r\n\r\r\n3,\"x\ry\"\r\r\n");

		assertThat(mac.records()).extracting(CsvFile.Record::fields).containsExactly(List.of("1", "2"), List.of("3", "4"));
		assertThat(mac.records()).extracting(CsvFile.Record::line).containsExactly(2, 3);
		assertThat(doubled.header()).containsExactly("a", "b");
		assertThat(doubled.records()).extracting(CsvFile.Record::fields)
			.containsExactly(List.of("1", "2  "), List.of("3", "x\ny"));
		assertThat(doubled.records()).extracting(CsvFile.Record::line).containsExactly(3, 9);
		assertThat(doubled.records()).allMatch(r -> r.controls().isEmpty() && r.unreadable() == null);
	}

	@Test
	void anUnclosedQuoteIsNamedWhereItOpenedAndEachLineItSwallowedIsARecord() {
		CsvFile file = CsvFile.parse("a,b\n1,2\n3,\"x\n4,\"y\"\n\n5,6\n");

		List<CsvFile.Record> records = file.records();
		assertThat(records).extracting(CsvFile.Record::line).containsExactly(2, 3, 4, 6);
		assertThat(records.get(0).unreadable()).isNull();
		assertThat(records.get(1).unreadable().field()).isEqualTo(1);
		assertThat(records.get(1).unreadable().reason())
			.startsWith("unterminated quote opened on line 3: the rest of the file (lines 3–6)");
		assertThat(records.get(2).unreadable().reason()).contains("unterminated quote opened on line 3");
		assertThat(records.get(3).unreadable().field()).isNull();
	}

}
