package archfixture;

import org.springframework.stereotype.Service;

/** Breaks the authorisation rule on purpose: a public service method with no @PreAuthorize. */
@Service
public class UnguardedService {

    public String secret() {
        return "anyone may call this";
    }
}
