package cn.bjrenovation.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupArchiveTest {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx192m");

	@TempDir
	Path temp;

	private Path jar;

	private Path directory;

	/** A service jar already unpacked (as a first start leaves it), so that no test needs a real Boot jar. */
	@BeforeEach
	void unpacked() throws IOException {
		jar = Files.writeString(temp.resolve("housing-service.jar"), "not really a jar");
		directory = temp.resolve("jvm").resolve("housing-service");
		Files.createDirectories(directory.resolve("app"));
		Files.writeString(directory.resolve("app").resolve("housing-service.jar"), "unpacked");
		Files.writeString(directory.resolve("jar.stamp"), jar.toAbsolutePath() + " " + Files.size(jar) + " "
				+ Files.getLastModifiedTime(jar).toMillis() + "\n");
	}

	@Test
	void firstStartRecordsTheArchiveAndTheNextUsesIt() throws Exception {
		StartupArchive first = StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS);
		assertThat(first.recording()).isTrue();
		List<String> recording = first.launchArguments();
		assertThat(recording.get(0)).startsWith("-XX:ArchiveClassesAtExit=" + directory);
		assertThat(recording.subList(1, 3)).containsExactly("-jar", directory.resolve("app/housing-service.jar").toString());
		Files.writeString(Path.of(recording.get(0).substring(recording.get(0).indexOf('=') + 1)), "classes");

		first.exited(143);

		StartupArchive next = StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS);
		assertThat(next.recording()).isFalse();
		assertThat(next.launchArguments().get(0)).startsWith("-XX:SharedArchiveFile=" + directory).endsWith(".jsa");
	}

	@Test
	void javaTwentyFiveAndLaterGetTheAotCache() throws Exception {
		StartupArchive archive = StartupArchive.prepare(directory, jar, JAVA, 25, OPTIONS);
		assertThat(archive.launchArguments().get(0)).startsWith("-XX:AOTCacheOutput=").endsWith(".aot");
	}

	@Test
	void whatAKilledJvmLeftIsDropped() throws Exception {
		StartupArchive archive = StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS);
		String option = archive.launchArguments().get(0);
		Path recording = Path.of(option.substring(option.indexOf('=') + 1));
		Files.writeString(recording, "half an archive");

		archive.exited(137);

		assertThat(recording).doesNotExist();
		assertThat(StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS).recording()).isTrue();
	}

	@Test
	void otherOptionsOrAnotherJavaRecordAnArchiveOfTheirOwn() throws Exception {
		recordOnce();

		assertThat(StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS).recording()).isFalse();
		assertThat(StartupArchive.prepare(directory, jar, JAVA, 17, List.of("-XX:TieredStopAtLevel=1")).recording())
			.isTrue();
		assertThat(StartupArchive.prepare(directory, jar, JAVA, 21, OPTIONS).recording()).isTrue();
	}

	@Test
	void aRebuiltJarIsUnpackedAgainAndItsOldArchiveForgotten() throws Exception {
		recordOnce();
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

		// this "jar" cannot be unpacked: LocalStack then starts the service from its jar
		assertThatThrownBy(() -> StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS)).isInstanceOf(IOException.class)
			.hasMessageContaining("unpacking");
		try (var left = Files.list(directory)) {
			assertThat(left.map(path -> path.getFileName().toString())).doesNotContain("jar.stamp")
				.noneMatch(name -> name.endsWith(".jsa"));
		}
	}

	/** A first start on Java 17 with {@link #OPTIONS} that records its archive and stops gracefully. */
	private void recordOnce() throws Exception {
		StartupArchive archive = StartupArchive.prepare(directory, jar, JAVA, 17, OPTIONS);
		Files.writeString(archiveFile(archive), "classes");
		archive.exited(0);
	}

	/** The file the archive's first launch option names (where the JVM records or finds the classes). */
	private static Path archiveFile(StartupArchive archive) throws IOException {
		String option = archive.launchArguments().get(0);
		return Path.of(option.substring(option.indexOf('=') + 1));
	}

}
