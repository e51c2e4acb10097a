package org.doorstep.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileUrlsTest {

    @Test
    void query_fragment_and_trailing_slashes_are_dropped() {
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/omar-dubois-a6a3a450/?trk=people#about"))
                .isEqualTo("https://www.linkedin.com/in/omar-dubois-a6a3a450");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/omar-dubois-a6a3a450//"))
                .isEqualTo("https://www.linkedin.com/in/omar-dubois-a6a3a450");
    }

    @Test
    void the_host_is_lower_cased_and_http_becomes_https_while_the_path_keeps_its_case() {
        assertThat(ProfileUrls.normalise("HTTP://WWW.LinkedIn.COM/in/James-Wilson-90fbbd11"))
                .isEqualTo("https://www.linkedin.com/in/James-Wilson-90fbbd11");
    }

    @Test
    void bare_and_country_hosts_become_www_and_the_default_port_is_dropped() {
        assertThat(ProfileUrls.normalise("https://linkedin.com/in/ana")).isEqualTo("https://www.linkedin.com/in/ana");
        assertThat(ProfileUrls.normalise("https://uk.linkedin.com/in/ana")).isEqualTo("https://www.linkedin.com/in/ana");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com:443/in/ana")).isEqualTo("https://www.linkedin.com/in/ana");
        assertThat(ProfileUrls.normalise("https://touch.linkedin.com/in/ana")).isEqualTo("https://touch.linkedin.com/in/ana");
    }

    @Test
    void a_percent_encoded_path_gives_the_same_key_as_the_raw_one() {
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/ravi-garc%C3%ADa-099950d8"))
                .isEqualTo(ProfileUrls.normalise("https://www.linkedin.com/in/ravi-garcía-099950d8"))
                .isEqualTo("https://www.linkedin.com/in/ravi-garcía-099950d8");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/%e7%8e%8b%e4%bc%9f-9a8b7c6d"))
                .isEqualTo("https://www.linkedin.com/in/王伟-9a8b7c6d");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/sam-%F0%9F%9A%80-lee"))
                .isEqualTo("https://www.linkedin.com/in/sam-🚀-lee");
    }

    @Test
    void a_plus_in_the_path_stays_a_plus_and_raw_emoji_stay_whole() {
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/c++dev-%C3%A9")).isEqualTo(
                "https://www.linkedin.com/in/c++dev-é");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/sam-🚀-%41")).isEqualTo(
                "https://www.linkedin.com/in/sam-🚀-A");
    }

    @Test
    void a_percent_sequence_that_is_not_utf8_leaves_the_path_as_written() {
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/ana-%E7%8E-x"))
                .isEqualTo("https://www.linkedin.com/in/ana-%E7%8E-x");
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/ana-%zz-x"))
                .isEqualTo("https://www.linkedin.com/in/ana-%zz-x");
    }

    @Test
    void escapes_of_spaces_slashes_and_percent_signs_stay_escaped_in_capitals() {
        assertThat(ProfileUrls.normalise("https://www.linkedin.com/in/ana%20silva%2fx%2541"))
                .isEqualTo("https://www.linkedin.com/in/ana%20silva%2Fx%2541");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HTTP://uk.LinkedIn.com/in/Ravi-Garc%C3%ADa-099950d8/?trk=x",
        "https://www.linkedin.com/in/ana%20silva%2fx%2541",
        "https://www.linkedin.com/in/%E7%8E%8B%E4%BC%9F-%7e_.x",
        "https://www.linkedin.com/in/ana-%E7%8E-x",
        "https://www.linkedin.com/pub/ana/1b/2c3/4d5"})
    void normalising_a_normalised_address_changes_nothing(String url) {
        String once = ProfileUrls.normalise(url);

        assertThat(once).isNotNull();
        assertThat(ProfileUrls.normalise(once)).isEqualTo(once);
    }

    @Test
    void surrounding_spaces_are_ignored() {
        assertThat(ProfileUrls.normalise("  https://www.linkedin.com/in/ana \t"))
                .isEqualTo("https://www.linkedin.com/in/ana");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " ",
        "https://linkedin.com.evil.example/in/ana",
        "https://evillinkedin.com/in/ana",
        "https://www.linkedin.com@evil.example/in/ana",
        "https://www.linkedin.com:8443/in/ana",
        "ftp://www.linkedin.com/in/ana",
        "javascript:alert(1)",
        "www.linkedin.com/in/ana",
        "https://www.linkedin.com/",
        "https://www.linkedin.com",
        "https://www.linkedin.com?in=ana",
        "https://www.linkedin.com/in/ana silva",
        "https://www.exa mple.com/in/ana"})
    void anything_but_an_http_address_with_a_path_on_linkedin_is_no_profile_address(String url) {
        assertThat(ProfileUrls.normalise(url)).isNull();
    }
}
