package cn.bjrenovation.gateway;

/**
 * What a browser loads before anyone is logged in: the console's page and its built files ({@code /},
 * {@code /index.html}, {@code /assets/**}, the notices) and the login itself ({@code /auth/**},
 * {@link ConsoleLogin}). They carry no data: every {@code /api/} call still needs a verified caller.
 */
final class ConsolePaths {

	private ConsolePaths() {
	}

	static boolean isPublic(String path) {
		return path.equals("/") || path.equals("/index.html") || path.equals("/favicon.ico")
				|| path.startsWith("/assets/") || path.startsWith("/NOTICE-") || path.startsWith("/auth/");
	}

}
