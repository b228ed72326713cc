package cn.bjrenovation.housing.community.web;

import cn.bjrenovation.housing.community.application.RegisterCommunityCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/housing/communities} body. */
record RegisterCommunityRequest(
		@NotBlank @Size(max = 200) String name,
		@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit district code, e.g. 110105") String districtCode,
		@NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit street code, e.g. 110105017") String streetCode,
		@NotNull Integer buildYear) {

	RegisterCommunityCommand toCommand() {
		return new RegisterCommunityCommand(name, districtCode, streetCode, buildYear);
	}

}
