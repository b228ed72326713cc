package cn.bjrenovation.platform.identity;

/** A verified token that still does not name a usable caller (no role, unknown role, missing scope claim). */
public class InvalidCallerException extends RuntimeException {

	public InvalidCallerException(String message) {
		super(message);
	}

}
