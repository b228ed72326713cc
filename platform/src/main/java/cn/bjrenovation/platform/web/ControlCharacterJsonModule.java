package cn.bjrenovation.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a JSON string holding NUL or another C0 control character (tab, CR and LF excepted) while the body is
 * read, for every request body of every service: {@link ProblemsAdvice} answers 400 naming the field's path.
 */
public class ControlCharacterJsonModule extends SimpleModule {

	public ControlCharacterJsonModule() {
		super("renovation-control-characters");
		addDeserializer(String.class, new CheckedStrings());
	}

	/** A string with a refused character; its path is filled in as it propagates out of the body. */
	public static final class ControlCharacterException extends MismatchedInputException {

		private final String reason;

		ControlCharacterException(JsonParser parser, String reason) {
			super(parser, reason, String.class);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

	static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return checked(parser, super.deserialize(parser, context));
		}

		private static String checked(JsonParser parser, String value) {
			if (value != null && ControlCharacters.firstIn(value) >= 0) {
				throw new ControlCharacterException(parser, ControlCharacters.reason(value));
			}
			return value;
		}

	}

}
