package cn.bjrenovation.housing.construction.domain;

import java.util.List;
import java.util.stream.Collectors;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.platform.problems.ConflictException;

/** A start of construction refused because the gate is closed, naming every condition still missing. */
public class ConstructionGateClosed extends ConflictException {

	private final List<GateCondition> missing;

	public ConstructionGateClosed(ProjectId project, List<GateCondition> missing) {
		super("construction gate of project " + project + " is closed: missing "
				+ missing.stream().map(Enum::name).collect(Collectors.joining(", "))
				+ " (DOMAIN §5 step 9: design approved, funding committed, pipelines coordinated where the design has pipeline items)");
		this.missing = List.copyOf(missing);
	}

	public List<GateCondition> missing() {
		return missing;
	}

}
