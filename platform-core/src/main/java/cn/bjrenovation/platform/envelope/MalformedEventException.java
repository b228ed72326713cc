package cn.bjrenovation.platform.envelope;

/** A consumed record that can never be handled: it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

}
