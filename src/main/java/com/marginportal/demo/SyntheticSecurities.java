package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.SecurityRow;

/**
 * Plausible invented securities per board, with codes in the board's range. The first two of the Shanghai
 * and Shenzhen main boards are ST / *ST and the third Shenzhen one is suspended, so those cases always exist.
 */
final class SyntheticSecurities {

    /** board, code suffix, how many, lowest code, highest code, median price, industries (indexes into INDUSTRIES). */
    private record BoardSpec(String board, String suffix, int count, int low, int high, double medianPrice,
                             int[] industries) {
    }

    private static final String[][] INDUSTRIES = {
        {"电子", "电子", "光电", "微电", "精密"}, {"计算机", "软件", "信息", "数据", "智联"},
        {"医药生物", "药业", "生物", "医疗", "制药"}, {"机械设备", "精工", "装备", "重工", "智能"},
        {"基础化工", "化工", "新材", "化学", "材料"}, {"电力设备", "电气", "能源", "储能", "电缆"},
        {"汽车", "汽配", "动力", "车桥", "汽车"}, {"食品饮料", "食品", "酒业", "乳业", "饮品"},
        {"有色金属", "矿业", "金属", "铝业", "钨业"}, {"国防军工", "航科", "航天", "军工", "防务"},
        {"通信", "通信", "通讯", "网络", "光通"}, {"传媒", "传媒", "文化", "影视", "互娱"},
        {"建筑材料", "建材", "水泥", "玻璃", "管业"}, {"农林牧渔", "农业", "牧业", "种业", "渔业"},
        {"纺织服饰", "服饰", "纺织", "家纺", "时装"}, {"交通运输", "物流", "港务", "航运", "快运"}};
    private static final int[] ALL = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final List<BoardSpec> BOARDS = List.of(
            new BoardSpec("MAIN_SH", ".SH", 40, 600100, 605999, 14, ALL),
            new BoardSpec("MAIN_SZ", ".SZ", 40, 100, 2999, 14, ALL),
            new BoardSpec("CHINEXT", ".SZ", 30, 300001, 301599, 24, new int[] {0, 1, 2, 3, 5, 10, 11}),
            new BoardSpec("STAR", ".SH", 18, 688001, 688799, 38, new int[] {0, 1, 2, 3, 4, 5}),
            new BoardSpec("BSE", ".BJ", 12, 920001, 920999, 16, new int[] {0, 2, 3, 4, 13}));
    private static final String FIRST = "华中东新金天博恒宏瑞海长远鼎银创立汇凯正永国兴安";
    private static final String SECOND = "信达泰宇润源科盛通嘉锐联腾晟川鑫益明光阳星德诚";

    private final RandomGenerator r;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    SyntheticSecurities(RandomGenerator r, List<SecurityRow> existing) {
        this.r = r;
        existing.forEach(s -> {
            codes.add(s.code());
            names.add(s.name());
        });
    }

    List<SecurityRow> create() {
        List<SecurityRow> rows = new ArrayList<>();
        for (BoardSpec spec : BOARDS) {
            for (int i = 0; i < spec.count(); i++) {
                rows.add(create(spec, statusFor(spec.board(), i), i));
            }
        }
        return rows;
    }

    private static String statusFor(String board, int i) {
        boolean main = board.startsWith("MAIN_");
        if (main && i < 2) {
            return SecurityCatalog.ST;
        }
        return board.equals("MAIN_SZ") && i == 2 ? SecurityCatalog.SUSPENDED : SecurityCatalog.NORMAL;
    }

    private SecurityRow create(BoardSpec spec, String status, int i) {
        String[] industry = INDUSTRIES[spec.industries()[r.nextInt(spec.industries().length)]];
        String name = uniqueName(industry);
        boolean normal = SecurityCatalog.NORMAL.equals(status);
        if (!normal && status.equals(SecurityCatalog.ST)) {
            name = (i == 0 ? "ST" : "*ST") + name;
        }
        boolean bse = spec.board().equals("BSE");
        double indexShare = bse ? 0 : spec.board().startsWith("MAIN_") ? 0.25 : 0.2;
        boolean index = normal && DemoRandom.chance(r, indexShare);
        BigDecimal rate = !normal ? new BigDecimal("0.0000")
                : index ? SecurityCatalog.rate(r, 60, 70)
                : bse ? SecurityCatalog.rate(r, 40, 50) : SecurityCatalog.rate(r, 40, 65);
        boolean shortable = normal && (index || DemoRandom.chance(r, 0.2));
        return new SecurityRow(uniqueCode(spec), name, spec.board(), "STOCK", industry[0], index, status, rate,
                normal, shortable, price(spec, normal));
    }

    private String uniqueCode(BoardSpec spec) {
        String code;
        do {
            code = String.format("%06d", spec.low() + r.nextInt(spec.high() - spec.low() + 1)) + spec.suffix();
        } while (!codes.add(code));
        return code;
    }

    private String uniqueName(String[] industry) {
        String name;
        do {
            name = "" + FIRST.charAt(r.nextInt(FIRST.length())) + SECOND.charAt(r.nextInt(SECOND.length()))
                    + industry[1 + r.nextInt(industry.length - 1)];
        } while (!names.add(name));
        return name;
    }

    /** Log-normal around the board's median; ST shares trade low. */
    private BigDecimal price(BoardSpec spec, boolean normal) {
        double p = normal
                ? Math.min(150, Math.max(3, spec.medianPrice() * Math.exp(0.55 * r.nextGaussian())))
                : DemoRandom.between(r, 1.5, 5);
        return BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP);
    }
}
