package cn.bjrenovation.pipeline.coordination.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved exception to a segment's protection period (《城市道路管理条例》第三十三条: "因特殊情况需要挖掘的，须经县级以上
 * 城市人民政府批准"), recorded on the window it lets open.
 */
public record ProtectionException(String approvalReference, String approvedBy, LocalDate approvedOn, String reason) {

	public ProtectionException {
		Objects.requireNonNull(approvalReference, "approvalReference");
		Objects.requireNonNull(approvedBy, "approvedBy");
		Objects.requireNonNull(approvedOn, "approvedOn");
		Objects.requireNonNull(reason, "reason");
	}

}
