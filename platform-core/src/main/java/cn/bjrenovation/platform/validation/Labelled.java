package cn.bjrenovation.platform.validation;

/** A surveyed category with its Chinese name, as the survey forms print it. */
public interface Labelled {

	/** The Chinese label, e.g. 物业服务企业; accepted in survey files alongside the English constant. */
	String label();

}
