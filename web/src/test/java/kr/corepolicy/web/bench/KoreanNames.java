package kr.corepolicy.web.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The names of the generated city: people (a surname and a two-syllable given name), bureaus, departments and
 * teams from the words a Korean city hall uses, made unique by a running number when a word comes back
 * (관광정책과, 관광정책2과), and task titles from a place and a project. Every choice comes from the
 * {@link Random} given, so the same seed gives the same names.
 */
final class KoreanNames {

    private static final List<String> SURNAMES = List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
            "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허");
    private static final List<String> SYLLABLES = List.of("민", "서", "준", "지", "현", "우", "도", "하", "수", "영",
            "진", "호", "연", "예", "은", "성", "재", "윤", "유", "상", "태", "동", "승", "혜", "경", "나", "주", "원");

    static final List<String> BUREAU_WORDS = List.of("자치행정", "문화관광", "경제산업", "건설도시", "농업정책",
            "복지환경", "안전재난", "교통", "해양수산", "미래전략", "녹색환경", "보건복지", "역사문화", "일자리경제",
            "도시재생", "스마트도시", "청년정책", "평생교육", "산림녹지", "에너지");
    static final List<String> DIVISION_WORDS = List.of("관광정책", "문화예술", "체육진흥", "도시재생", "교통행정",
            "일자리경제", "투자유치", "농업정책", "축산", "환경정책", "자원순환", "복지정책", "노인장애인복지",
            "여성가족", "안전정책", "재난대응", "건축디자인", "도로", "하천", "공원녹지", "산림경영", "해양수산",
            "역사도시", "문화재", "평생학습", "청년정책", "기업지원", "에너지산업", "스마트도시", "민원지적",
            "세정", "회계", "총무", "인사", "홍보", "감사", "위생", "건강증진", "주택", "상하수도");
    static final List<String> TEAM_WORDS = List.of("기획", "운영", "지원", "시설", "사업", "정책", "관리", "진흥",
            "개발", "협력", "조성", "안전", "복지", "서비스", "홍보", "육성", "계획", "조정");
    static final List<String> AGENCY_WORDS = List.of("보건소", "상수도사업소", "농업기술센터", "차량등록사업소",
            "시설관리사업소", "도서관사업소");

    private static final List<String> PLACES = List.of("황리단길", "보문관광단지", "안강읍", "건천읍", "외동읍",
            "감포읍", "양남면", "문무대왕면", "현곡면", "천북면", "내남면", "산내면", "서면", "강동면", "동천동",
            "황성동", "용강동", "선도동", "월성동", "불국동", "시 전역", "도심", "구도심", "역세권", "산업단지");
    private static final List<String> PROJECTS = List.of("야간경관 조성", "스마트 주차장 구축", "청년창업센터 운영",
            "공공도서관 건립", "생활체육시설 확충", "문화유산 디지털 복원", "전통시장 활성화", "어린이 놀이공간 조성",
            "노인복지관 건립", "친환경 버스 도입", "자전거도로 연결", "하천 생태복원", "수소충전소 구축",
            "관광안내체계 개선", "도시숲 조성", "재난안전 통합관제", "농산물 공동브랜드 육성", "스마트팜 단지 조성",
            "마을공동체 지원", "일자리 박람회 개최", "국제회의 유치", "공유오피스 운영", "도시가스 공급 확대",
            "공공와이파이 확충", "보행환경 개선");

    private final Random random;
    private final Map<String, Integer> used = new HashMap<>();

    KoreanNames(Random random) {
        this.random = random;
    }

    /** A person's name: 김민준, 이서연. */
    String person() {
        return pick(SURNAMES) + pick(SYLLABLES) + pick(SYLLABLES);
    }

    /** A task title: "황리단길 야간경관 조성". */
    String taskTitle() {
        return pick(PLACES) + " " + pick(PROJECTS);
    }

    /** The next unique unit name of {@code word} and {@code suffix}: 관광정책과, then 관광정책2과, 관광정책3과. */
    String unique(String word, String suffix) {
        int n = used.merge(word + "|" + suffix, 1, Integer::sum);
        return word + (n == 1 ? "" : Integer.toString(n)) + suffix;
    }

    /** A unit name from {@code words} (taken in turn, so the first ones come first), unique with {@code suffix}. */
    String unit(List<String> words, int index, String suffix) {
        return unique(words.get(index % words.size()), suffix);
    }

    /** A unit name from {@code words} chosen at random, unique with {@code suffix}. */
    String randomUnit(List<String> words, String suffix) {
        return unique(pick(words), suffix);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
