package cn.bjrenovation.finance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * finance-service (市财政局, 市发展改革委, 市住房公积金中心): the money behind the renovation programme. It holds the
 * budget lines of each fiscal year and answers, before an annual plan is compiled, what the city can still spend.
 */
@SpringBootApplication
public class FinanceServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(FinanceServiceApplication.class, args);
	}

}
