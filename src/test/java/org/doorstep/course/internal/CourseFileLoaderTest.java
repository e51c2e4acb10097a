package org.doorstep.course.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorstep.course.InvalidContentException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CourseFileLoaderTest {

    @Test
    void an_invalid_course_folder_stops_start_up_naming_every_file_place_and_problem() {
        var courseFile = new ClassPathResource("broken-course/courses/broken/course.yaml");

        assertThatThrownBy(() -> CourseFileLoader.read(courseFile))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("courses/broken/lessons/dead-end.yaml at steps[1] 'door' node 'bell': "
                        + "no path from here reaches an ending")
                .hasMessageContaining("courses/broken/course.yaml at lessons: names 'missing' but "
                        + "courses/broken/lessons/missing.yaml does not exist")
                .hasMessageNotContaining("good.yaml");
    }
}
