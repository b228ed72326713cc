package cn.bjrenovation.archfixture.servletgateway;

import cn.bjrenovation.platform.web.ProblemsAdvice;

/** Fixture, broken on purpose: the gateway using the platform's servlet plumbing. */
public class RoutesThroughServlet {

	ProblemsAdvice advice;

}
