package cn.bjrenovation.housing.construction.application;

import cn.bjrenovation.housing.construction.domain.ConstructionGate;
import cn.bjrenovation.housing.project.domain.RenovationProject;

/** A project's construction gate with the project it guards (its status tells whether construction started). */
public record GateReading(RenovationProject project, ConstructionGate gate) {
}
