package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

/** People's names with their pinyin (for e-mail addresses), and phone numbers. */
final class ChineseNames {

    record Person(String name, String pinyin) {
    }

    /** By frequency, most common first. */
    private static final String[][] SURNAMES = {
        {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
        {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
        {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"林", "lin"},
        {"高", "gao"}, {"罗", "luo"}, {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},
        {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"}, {"曹", "cao"},
        {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"}, {"潘", "pan"},
        {"袁", "yuan"}, {"蔡", "cai"}, {"蒋", "jiang"}, {"余", "yu"}, {"于", "yu"}, {"杜", "du"},
        {"叶", "ye"}, {"程", "cheng"}, {"魏", "wei"}, {"苏", "su"}, {"吕", "lv"}, {"丁", "ding"},
    };

    private static final String[][] GIVEN = {
        {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
        {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
        {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"},
        {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"文", "wen"}, {"辉", "hui"}, {"鑫", "xin"},
        {"宇", "yu"}, {"浩", "hao"}, {"婷", "ting"}, {"欣", "xin"}, {"雪", "xue"}, {"晨", "chen"},
        {"佳", "jia"}, {"琳", "lin"}, {"鹏", "peng"}, {"建", "jian"}, {"华", "hua"}, {"志", "zhi"},
        {"海", "hai"}, {"玉", "yu"}, {"春", "chun"}, {"晓", "xiao"}, {"红", "hong"}, {"丹", "dan"},
        {"博", "bo"}, {"凯", "kai"}, {"思", "si"}, {"雨", "yu"}, {"梦", "meng"}, {"子", "zi"},
        {"俊", "jun"}, {"倩", "qian"}, {"斌", "bin"}, {"颖", "ying"}, {"飞", "fei"}, {"琪", "qi"},
    };

    private static final String[] MOBILE_PREFIXES = {
        "138", "139", "136", "135", "137", "150", "151", "152", "158", "159",
        "182", "186", "187", "188", "189", "133", "177", "180", "181", "199",
    };

    private static final String[] TITLES = {
        "总经理", "副总经理", "采购经理", "IT 总监", "信息部经理", "财务总监", "运营总监", "行政主管", "销售总监", "技术负责人",
    };

    private ChineseNames() {
    }

    static String title(SplittableRandom random) {
        return TITLES[random.nextInt(TITLES.length)];
    }

    /** An address at the company's (reserved, never deliverable) domain. */
    static String email(Person person, String domain) {
        return person.pinyin() + "@" + domain;
    }

    static Person person(SplittableRandom random) {
        // common surnames dominate, as they do in China (王, 李, 张 alone are about a fifth)
        String[] surname = SURNAMES[(int) (SURNAMES.length * Math.pow(random.nextDouble(), 1.8))];
        String[] first = GIVEN[random.nextInt(GIVEN.length)];
        if (Draw.chance(random, 0.35)) {
            return new Person(surname[0] + first[0], first[1] + "." + surname[1]);
        }
        String[] second = GIVEN[random.nextInt(GIVEN.length)];
        return new Person(surname[0] + first[0] + second[0], first[1] + second[1] + "." + surname[1]);
    }

    static String mobile(SplittableRandom random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 8);
    }

    static String landline(String areaCode, SplittableRandom random) {
        return areaCode + "-" + (2 + random.nextInt(7)) + digits(random, 7);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
