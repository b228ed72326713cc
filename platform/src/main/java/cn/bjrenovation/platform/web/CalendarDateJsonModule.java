package cn.bjrenovation.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A date in a request body is a calendar day written {@code yyyy-MM-dd} in the years 1 to 9999: what people write
 * and what a PostgreSQL {@code date} column holds. Jackson alone would also take a number as a count of days from
 * 1970 and a year of six digits, which the database then refuses with a 500. Anything else is refused while the body
 * is read; {@link ProblemsAdvice} answers 400 naming the field, "must be a date (yyyy-MM-dd)".
 */
public class CalendarDateJsonModule extends SimpleModule {

	public CalendarDateJsonModule() {
		super("renovation-calendar-dates");
		addDeserializer(LocalDate.class, new CalendarDates());
	}

	static final class CalendarDates extends StdScalarDeserializer<LocalDate> {

		CalendarDates() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				throw refused(parser);
			}
			String text = parser.getString().strip();
			if (text.isEmpty()) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(text);
				if (date.getYear() < 1 || date.getYear() > 9999) {
					throw refused(parser);
				}
				return date;
			}
			catch (DateTimeParseException ex) {
				throw refused(parser);
			}
		}

		private static MismatchedInputException refused(JsonParser parser) {
			return MismatchedInputException.from(parser, LocalDate.class, "not a calendar date (yyyy-MM-dd)");
		}

	}

}
