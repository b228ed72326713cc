package cn.bjrenovation.platform.policy;

import cn.bjrenovation.platform.identity.Role;

/** One role allowed to call an operation, and the scope it must act within. */
public record Grant(Role role, Scope scope) {
}
