package cn.bjrenovation.platform.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, never a stand-in: a Testcontainers container where Docker runs; otherwise
 * the server on 127.0.0.1:5432 (as on this project's machines and CI), in a fresh database per test JVM
 * that is dropped at exit; otherwise an embedded PostgreSQL binary.
 */
public record TestPostgres(String jdbcUrl, String username, String password) {

	private static final String LOCAL_HOST = "127.0.0.1";

	private static final int LOCAL_PORT = 5432;

	/** Databases made by test JVMs, on the shared local server. */
	public static final String TEST_DATABASE_PREFIX = "renovation_test_";

	static TestPostgres start() {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		if (answers(LOCAL_HOST, LOCAL_PORT)) {
			return freshLocalDatabase();
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
			return new TestPostgres(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException("no PostgreSQL: Docker is absent, 127.0.0.1:5432 does not answer "
					+ "and the embedded binary did not start", ex);
		}
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static TestPostgres freshLocalDatabase() {
		String admin = "jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/postgres";
		dropLeftovers(admin);
		String database = TEST_DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(admin, "CREATE DATABASE " + database);
		return new TestPostgres("jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/" + database, "postgres", "");
	}

	/**
	 * Drops the databases earlier test JVMs left behind (created over an hour ago). A database is never dropped at exit (the service under
	 * test may still be closing against it); one still in use by a running test JVM refuses the drop and stays.
	 */
	private static void dropLeftovers(String admin) {
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			List<String> leftovers = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery(
					// only databases created over an hour ago: a younger one may belong to a run still starting
					"SELECT datname FROM pg_database WHERE datname LIKE '" + TEST_DATABASE_PREFIX + "%' AND "
							+ "(pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - interval '1 hour'")) {
				while (rows.next()) {
					leftovers.add(rows.getString(1));
				}
			}
			for (String leftover : leftovers) {
				try {
					statement.execute("DROP DATABASE IF EXISTS " + leftover);
				}
				catch (SQLException inUse) {
					// another test JVM is using it
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot list test databases on " + admin, ex);
		}
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot run '" + sql + "' on " + url, ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres embedded) {
		try {
			embedded.close();
		}
		catch (IOException ex) {
			// shutting down
		}
	}

}
