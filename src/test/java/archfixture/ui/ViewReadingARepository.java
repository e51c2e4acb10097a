package archfixture.ui;

import org.doorstep.security.internal.UserAccountRepository;

/** Breaks the layout rules on purpose (outside org.doorstep, so Spring never scans it): ArchitectureTest proves its rules notice. */
public class ViewReadingARepository {

    long count(UserAccountRepository accounts) {
        return accounts.count();
    }
}
