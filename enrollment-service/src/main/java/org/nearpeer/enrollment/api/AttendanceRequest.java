package org.nearpeer.enrollment.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "Participants who attended; recording someone twice changes nothing")
public record AttendanceRequest(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 100) String> attended) {
}
