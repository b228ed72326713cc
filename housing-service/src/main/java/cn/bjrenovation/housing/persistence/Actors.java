package cn.bjrenovation.housing.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Names who is changing data in this transaction, for the history the database writes by trigger. */
public final class Actors {

	private Actors() {
	}

	public static void name(JdbcClient jdbc, String actor) {
		jdbc.sql("SELECT set_config('renovation.actor', :actor, true)").param("actor", actor).query().singleRow();
	}

}
