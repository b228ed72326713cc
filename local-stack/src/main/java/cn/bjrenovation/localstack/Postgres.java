package cn.bjrenovation.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The suite's PostgreSQL: the server on 127.0.0.1:5432 when one answers (trust or password-less auth as
 * user {@code postgres}), otherwise an embedded PostgreSQL whose data directory persists under the state
 * directory. Either way the suite's database is created when missing; each service then migrates its own
 * schema with Flyway.
 */
final class Postgres implements AutoCloseable {

	private final int port;

	private final EmbeddedPostgres embedded;

	private Postgres(int port, EmbeddedPostgres embedded) {
		this.port = port;
		this.embedded = embedded;
	}

	static Postgres ensure(StackLayout layout) throws IOException {
		Postgres postgres;
		if (answers(5432)) {
			postgres = new Postgres(5432, null);
		}
		else {
			Path data = layout.state().resolve("pgdata");
			Files.createDirectories(data);
			postgres = new Postgres(layout.embeddedPostgresPort(), EmbeddedPostgres.builder()
				.setPort(layout.embeddedPostgresPort())
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.start());
		}
		postgres.createDatabaseIfMissing(layout.database());
		return postgres;
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	boolean isEmbedded() {
		return embedded != null;
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

	private void createDatabaseIfMissing(String database) throws IOException {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("database name must be a plain identifier: " + database);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (ResultSet row = exists.executeQuery(); Statement create = connection.createStatement()) {
				if (!row.next()) {
					create.execute("CREATE DATABASE " + database);
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("cannot reach PostgreSQL on port " + port + " as user postgres", ex);
		}
	}

	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
