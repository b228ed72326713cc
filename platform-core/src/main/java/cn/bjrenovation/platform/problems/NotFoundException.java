package cn.bjrenovation.platform.problems;

/** No such object — or none the caller may see: out-of-scope objects are reported the same way. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + Echo.cut(String.valueOf(id), 80) + " not found");
	}

}
