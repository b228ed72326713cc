package cn.bjrenovation.housing.annualplan.domain;

/** The Finance Bureau's answer on fiscal capacity, asked for before an annual plan is compiled. */
public interface FiscalCapacities {

	FiscalCapacity forYear(int year);

}
