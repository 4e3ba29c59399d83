package io.pulsecrm.oltp.demo;

import java.util.SplittableRandom;

/**
 * Customer companies such as 上海华信电子有限公司: city, a two-character brand and a trade. Names are
 * a bijection of an index (a stride coprime to the number of combinations walks all of them), so
 * millions of companies get distinct names without remembering the ones already handed out.
 */
final class Companies {

    /** {@code group} is the sales group that covers the city (index into {@link OrgGenerator}'s groups). */
    record City(String name, String region, String areaCode, int group, String... districts) {
    }

    record Company(String prefix, String shortName, City city, String industry, String domain) {

        String name(String suffix) {
            return prefix + suffix;
        }
    }

    static final City[] CITIES = {
        new City("上海", "上海市", "021", 0, "浦东新区", "徐汇区", "闵行区", "静安区"),
        new City("苏州", "江苏省苏州市", "0512", 0, "工业园区", "高新区", "吴中区"),
        new City("无锡", "江苏省无锡市", "0510", 0, "新吴区", "滨湖区"),
        new City("南通", "江苏省南通市", "0513", 0, "崇川区", "通州区"),
        new City("南京", "江苏省南京市", "025", 1, "江宁区", "鼓楼区", "建邺区"),
        new City("合肥", "安徽省合肥市", "0551", 1, "蜀山区", "包河区"),
        new City("常州", "江苏省常州市", "0519", 1, "武进区", "新北区"),
        new City("扬州", "江苏省扬州市", "0514", 1, "邗江区", "广陵区"),
        new City("杭州", "浙江省杭州市", "0571", 2, "西湖区", "滨江区", "余杭区"),
        new City("宁波", "浙江省宁波市", "0574", 2, "鄞州区", "北仑区"),
        new City("温州", "浙江省温州市", "0577", 2, "鹿城区", "瓯海区"),
        new City("北京", "北京市", "010", 3, "海淀区", "朝阳区", "丰台区", "昌平区"),
        new City("济南", "山东省济南市", "0531", 3, "历下区", "高新区"),
        new City("太原", "山西省太原市", "0351", 3, "小店区", "迎泽区"),
        new City("郑州", "河南省郑州市", "0371", 3, "金水区", "郑东新区"),
        new City("天津", "天津市", "022", 4, "滨海新区", "南开区", "西青区"),
        new City("石家庄", "河北省石家庄市", "0311", 4, "长安区", "裕华区"),
        new City("青岛", "山东省青岛市", "0532", 4, "黄岛区", "崂山区", "市南区"),
        new City("深圳", "广东省深圳市", "0755", 5, "南山区", "福田区", "龙岗区", "宝安区"),
        new City("东莞", "广东省东莞市", "0769", 5, "松山湖", "长安镇"),
        new City("厦门", "福建省厦门市", "0592", 5, "思明区", "湖里区"),
        new City("广州", "广东省广州市", "020", 6, "天河区", "黄埔区", "番禺区"),
        new City("佛山", "广东省佛山市", "0757", 6, "顺德区", "南海区"),
        new City("珠海", "广东省珠海市", "0756", 6, "香洲区", "横琴新区"),
    };

    private static final String[][] BRAND = {
        {"华", "hua"}, {"信", "xin"}, {"恒", "heng"}, {"瑞", "rui"}, {"博", "bo"}, {"远", "yuan"}, {"嘉", "jia"},
        {"禾", "he"}, {"天", "tian"}, {"润", "run"}, {"海", "hai"}, {"达", "da"}, {"鼎", "ding"}, {"盛", "sheng"},
        {"泰", "tai"}, {"安", "an"}, {"宏", "hong"}, {"德", "de"}, {"鑫", "xin"}, {"中", "zhong"}, {"创", "chuang"},
        {"新", "xin"}, {"智", "zhi"}, {"云", "yun"}, {"汇", "hui"}, {"通", "tong"}, {"凯", "kai"}, {"隆", "long"},
        {"晟", "sheng"}, {"辰", "chen"}, {"星", "xing"}, {"联", "lian"}, {"科", "ke"}, {"源", "yuan"}, {"丰", "feng"},
        {"捷", "jie"}, {"立", "li"}, {"永", "yong"}, {"昌", "chang"}, {"宇", "yu"}, {"诚", "cheng"}, {"锐", "rui"},
        {"驰", "chi"}, {"腾", "teng"}, {"飞", "fei"}, {"卓", "zhuo"}, {"越", "yue"}, {"臻", "zhen"}, {"朗", "lang"},
        {"硕", "shuo"}, {"拓", "tuo"}, {"维", "wei"}, {"迅", "xun"}, {"启", "qi"}, {"明", "ming"}, {"光", "guang"},
        {"正", "zheng"}, {"和", "he"}, {"众", "zhong"}, {"邦", "bang"}, {"美", "mei"}, {"亿", "yi"}, {"万", "wan"},
        {"金", "jin"}, {"银", "yin"}, {"东", "dong"}, {"方", "fang"}, {"南", "nan"}, {"北", "bei"}, {"川", "chuan"},
        {"山", "shan"}, {"峰", "feng"}, {"林", "lin"}, {"森", "sen"}, {"宁", "ning"}, {"康", "kang"}, {"福", "fu"},
        {"佳", "jia"}, {"优", "you"}, {"尚", "shang"},
    };

    /** The trade in the name, and the industry code stored on the customer. */
    private static final String[][] TRADES = {
        {"科技", "IT"}, {"信息技术", "IT"}, {"软件", "IT"}, {"网络科技", "IT"}, {"数据科技", "IT"},
        {"电子", "MANUFACTURING"}, {"智能装备", "MANUFACTURING"}, {"精密机械", "MANUFACTURING"},
        {"汽车零部件", "MANUFACTURING"}, {"新材料", "MANUFACTURING"}, {"电气", "MANUFACTURING"},
        {"物流", "LOGISTICS"}, {"供应链管理", "LOGISTICS"}, {"医疗器械", "HEALTHCARE"}, {"生物医药", "HEALTHCARE"},
        {"教育科技", "EDUCATION"}, {"食品", "RETAIL"}, {"贸易", "RETAIL"}, {"商贸", "RETAIL"},
        {"新能源", "ENERGY"}, {"环保科技", "ENERGY"}, {"建设工程", "CONSTRUCTION"}, {"金融服务", "FINANCE"},
        {"文化传媒", "MEDIA"},
    };

    private static final String[] ROADS = {
        "中山路", "人民路", "建设路", "解放路", "科技路", "创新大道", "高新大道", "长江路", "黄河路", "文化路",
        "新华路", "学府路", "滨河路", "工业大道", "金融街",
    };

    /** The second brand character differs from the first, hence BRAND.length - 1 choices for it. */
    private static final long COMBINATIONS = (long) CITIES.length * BRAND.length * (BRAND.length - 1) * TRADES.length;
    /** A prime that divides none of the factors above, so index * STRIDE mod COMBINATIONS is a bijection. */
    private static final long STRIDE = 1_000_003L;

    private Companies() {
    }

    static Company company(long index) {
        long k = Math.floorMod(index * STRIDE, COMBINATIONS);
        City city = CITIES[(int) (k % CITIES.length)];
        k /= CITIES.length;
        int first = (int) (k % BRAND.length);
        k /= BRAND.length;
        int second = (first + 1 + (int) (k % (BRAND.length - 1))) % BRAND.length;
        String[] trade = TRADES[(int) (k / (BRAND.length - 1))];
        String brand = BRAND[first][0] + BRAND[second][0];
        // past every combination (several million companies), a branch number keeps names distinct
        String branch = index < COMBINATIONS ? "" : "第" + (index / COMBINATIONS + 1) + "分部";
        // reserved .example domains: no demo address can ever reach a real mailbox
        String domain = BRAND[first][1] + BRAND[second][1] + ".example";
        return new Company(city.name() + brand + trade[0] + branch, brand + trade[0], city, trade[1], domain);
    }

    static String address(City city, SplittableRandom random) {
        return city.region() + Draw.pick(random, city.districts()) + Draw.pick(random, ROADS)
                + (1 + random.nextInt(1999)) + "号";
    }
}
