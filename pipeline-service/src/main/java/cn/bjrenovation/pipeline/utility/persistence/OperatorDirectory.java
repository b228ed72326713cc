package cn.bjrenovation.pipeline.utility.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.bjrenovation.pipeline.utility.domain.Utility;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperator;
import cn.bjrenovation.pipeline.utility.domain.UtilityOperators;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Repository;

/**
 * The operator directory, read once from {@code reference/utility-operators.csv} (utility, code, name, districts:
 * {@code *} for the whole city or 6-digit codes separated by {@code ;}). A broken line stops the service at start-up,
 * naming the line.
 */
@Repository
class OperatorDirectory implements UtilityOperators {

	static final String LOCATION = "reference/utility-operators.csv";

	private static final Set<String> CITY = Set.of("110101", "110102", "110105", "110106", "110107", "110108", "110109",
			"110111", "110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119");

	private final List<UtilityOperator> operators;

	OperatorDirectory() {
		this.operators = read();
	}

	@Override
	public List<UtilityOperator> all() {
		return operators;
	}

	@Override
	public List<UtilityOperator> serving(String districtCode, Utility utility) {
		return operators.stream()
			.filter(operator -> operator.utility() == utility && operator.serves(districtCode))
			.toList();
	}

	@Override
	public Optional<UtilityOperator> byCode(String code) {
		return operators.stream().filter(operator -> operator.code().equals(code)).findFirst();
	}

	private static List<UtilityOperator> read() {
		List<UtilityOperator> read = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (number == 1 || line.isBlank() || line.startsWith("#")) {
					continue;
				}
				read.add(operator(line, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(LOCATION + " cannot be read", ex);
		}
		read.sort(Comparator.comparing(UtilityOperator::utility).thenComparing(UtilityOperator::code));
		return List.copyOf(read);
	}

	private static UtilityOperator operator(String line, int number) {
		String[] cells = line.split(",", -1);
		if (cells.length != 4) {
			throw new IllegalStateException(LOCATION + " line " + number + ": 4 cells expected, found " + cells.length);
		}
		Utility utility = Utility.fromToken(cells[0].strip())
			.orElseThrow(() -> new IllegalStateException(LOCATION + " line " + number + ": unknown utility " + cells[0]));
		Set<String> districts = "*".equals(cells[3].strip()) ? CITY
				: Set.copyOf(Arrays.stream(cells[3].split(";")).map(String::strip).map(code -> {
					if (!CITY.contains(code)) {
						throw new IllegalStateException(LOCATION + " line " + number + ": " + code + " is no district");
					}
					return code;
				}).toList());
		return new UtilityOperator(cells[1].strip(), cells[2].strip(), utility, districts);
	}

}
