package kr.corepolicy.domain.approval;

/** In what capacity a signature was given. */
public enum Capacity {
    /** 본인 — the person on the line. */
    SELF,
    /** 전결 — a lower position deciding by the delegation table. */
    DELEGATED,
    /** 대결 — the designated stand-in while the decider is away; reported to the decider afterwards. */
    STAND_IN
}
