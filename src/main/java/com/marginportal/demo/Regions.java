package com.marginportal.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Real administrative divisions (GB/T 2260 codes) for addresses and the region part of ID numbers. */
final class Regions {

    record District(String city, String name, String code) {

        String fullCity() {
            return city + "市";
        }
    }

    private static final Map<Long, List<District>> BY_BRANCH = Map.of(
            1L, List.of(d("上海", "浦东新区", "310115"), d("上海", "徐汇区", "310104"), d("上海", "黄浦区", "310101"),
                    d("上海", "静安区", "310106"), d("上海", "闵行区", "310112")),
            2L, List.of(d("北京", "西城区", "110102"), d("北京", "朝阳区", "110105"), d("北京", "海淀区", "110108"),
                    d("北京", "东城区", "110101"), d("北京", "丰台区", "110106")),
            3L, List.of(d("深圳", "福田区", "440304"), d("深圳", "南山区", "440305"), d("深圳", "罗湖区", "440303"),
                    d("深圳", "宝安区", "440306")),
            4L, List.of(d("杭州", "西湖区", "330106"), d("杭州", "上城区", "330102"), d("杭州", "拱墅区", "330105"),
                    d("杭州", "滨江区", "330108")),
            5L, List.of(d("成都", "武侯区", "510107"), d("成都", "锦江区", "510104"), d("成都", "青羊区", "510105"),
                    d("成都", "金牛区", "510106")));

    /** Birthplaces of clients who moved to a branch city. */
    private static final List<District> ELSEWHERE = List.of(
            d("南京", "玄武区", "320102"), d("武汉", "武昌区", "420106"), d("长沙", "岳麓区", "430104"),
            d("广州", "天河区", "440106"), d("西安", "雁塔区", "610113"), d("重庆", "渝中区", "500103"),
            d("济南", "历下区", "370102"), d("郑州", "金水区", "410105"), d("福州", "鼓楼区", "350102"),
            d("合肥", "蜀山区", "340104"), d("沈阳", "和平区", "210102"));

    private static final String[] ROADS = {"人民路", "建设路", "解放路", "中山路", "和平路", "新华路", "文化路",
        "青年路", "长江路", "滨江大道", "科技路", "学府路", "花园路", "光明路", "东风路", "世纪大道"};

    private Regions() {
    }

    static List<District> forBranch(long branchId) {
        List<District> districts = BY_BRANCH.get(branchId);
        if (districts == null) {
            throw new IllegalArgumentException("no districts for branch " + branchId);
        }
        return districts;
    }

    /** Mostly born in the branch city, some elsewhere. */
    static District birthplace(RandomGenerator r, long branchId) {
        return DemoRandom.pick(r, DemoRandom.chance(r, 0.65) ? forBranch(branchId) : ELSEWHERE);
    }

    static String address(RandomGenerator r, long branchId) {
        District d = DemoRandom.pick(r, forBranch(branchId));
        return d.fullCity() + d.name() + ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(1500)) + "号"
                + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(30)) + String.format("%02d", 1 + r.nextInt(8)) + "室";
    }

    private static District d(String city, String name, String code) {
        return new District(city, name, code);
    }
}
