package kr.corepolicy.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/** One core-policy strategy (전략), e.g. "1. 서라벌 도심활성화". */
@Entity
@Table(name = "strategy")
public class Strategy {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int VISION_MAX = 200;
    public static final int MAX_NUMBER = 99;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "strategy_number", nullable = false, unique = true)
    private int number;

    @Column(name = "name_ko", nullable = false, length = NAME_MAX)
    private String nameKo;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "description_ko", length = DESCRIPTION_MAX)
    private String descriptionKo;

    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(name = "vision", length = VISION_MAX)
    private String vision;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Strategy() {
        // for JPA
    }

    public Strategy(int number, String nameKo, String nameEn) {
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidInputException("number", "strategy.badNumber", "bad strategy number " + number, MAX_NUMBER);
        }
        this.number = number;
        rename(nameKo, nameEn);
    }

    public void rename(String newNameKo, String newNameEn) {
        this.nameKo = Texts.required("nameKo", newNameKo, NAME_MAX);
        this.nameEn = Texts.optional("nameEn", newNameEn, NAME_MAX);
    }

    public void describe(String newDescriptionKo, String newDescriptionEn, String newVision) {
        this.descriptionKo = Texts.optional("descriptionKo", newDescriptionKo, DESCRIPTION_MAX);
        this.descriptionEn = Texts.optional("descriptionEn", newDescriptionEn, DESCRIPTION_MAX);
        this.vision = Texts.optional("vision", newVision, VISION_MAX);
    }

    /** Marks the strategy as fictional demo data. */
    public void markAsDemo() {
        this.demo = true;
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameKo;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionKo() {
        return descriptionKo;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getVision() {
        return vision;
    }

    public boolean isDemo() {
        return demo;
    }

    public long getVersion() {
        return version;
    }
}
