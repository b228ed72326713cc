-- The console's lists (资金管理): a project's social-capital agreements, and funding plans of a plan year, each read a
-- keyset page at a time in id order.
CREATE INDEX social_capital_agreement_by_project ON social_capital_agreement (project_id, id);
CREATE INDEX funding_plan_by_year ON funding_plan (plan_year, project_id);
