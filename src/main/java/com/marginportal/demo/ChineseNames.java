package com.marginportal.demo;

import java.util.random.RandomGenerator;

/**
 * Chinese personal names with their pinyin (for e-mail addresses). A hand list rather than Datafaker's
 * zh-CN names: those draw rare surnames as often as 王 or 李 and ignore gender.
 */
final class ChineseNames {

    record Name(String chinese, String surnamePinyin, String givenPinyin) {
    }

    /** Roughly in order of frequency; the draw favours the head of the list. */
    private static final String[] SURNAMES = (
            "王 wang,李 li,张 zhang,刘 liu,陈 chen,杨 yang,黄 huang,赵 zhao,吴 wu,周 zhou,徐 xu,孙 sun,马 ma,"
            + "朱 zhu,胡 hu,郭 guo,何 he,高 gao,林 lin,罗 luo,郑 zheng,梁 liang,谢 xie,宋 song,唐 tang,许 xu,"
            + "韩 han,冯 feng,邓 deng,曹 cao,彭 peng,曾 zeng,肖 xiao,田 tian,董 dong,袁 yuan,潘 pan,于 yu,"
            + "蒋 jiang,蔡 cai,余 yu,杜 du,叶 ye,程 cheng,苏 su,魏 wei,吕 lv,丁 ding,任 ren,沈 shen,姚 yao,"
            + "卢 lu,姜 jiang,崔 cui,钟 zhong,谭 tan,陆 lu,汪 wang,范 fan,金 jin,石 shi,廖 liao,贾 jia,夏 xia,"
            + "韦 wei,方 fang,白 bai,邹 zou,孟 meng,熊 xiong,秦 qin,邱 qiu,江 jiang,尹 yin,薛 xue,欧阳 ouyang,"
            + "上官 shangguan").split(",");

    private static final String[] MALE = (
            "伟 wei,强 qiang,磊 lei,军 jun,勇 yong,杰 jie,涛 tao,斌 bin,超 chao,明 ming,刚 gang,平 ping,辉 hui,"
            + "鹏 peng,华 hua,飞 fei,鑫 xin,波 bo,宇 yu,浩 hao,凯 kai,健 jian,俊 jun,帆 fan,旭 xu,宁 ning,"
            + "龙 long,峰 feng,建 jian,国 guo,志 zhi,文 wen,海 hai,东 dong,晨 chen,博 bo,轩 xuan,成 cheng,"
            + "毅 yi,立 li,德 de,永 yong,振 zhen,晓 xiao,子 zi,天 tian").split(",");

    private static final String[] FEMALE = (
            "芳 fang,娜 na,敏 min,静 jing,丽 li,艳 yan,娟 juan,霞 xia,秀 xiu,玲 ling,婷 ting,雪 xue,慧 hui,"
            + "倩 qian,颖 ying,琳 lin,洁 jie,燕 yan,萍 ping,红 hong,梅 mei,莉 li,晶 jing,欣 xin,怡 yi,佳 jia,"
            + "悦 yue,雯 wen,璐 lu,楠 nan,琪 qi,瑶 yao,婉 wan,蓉 rong,月 yue,兰 lan,晓 xiao,思 si,诗 shi,"
            + "嘉 jia,雨 yu,春 chun").split(",");

    private ChineseNames() {
    }

    static Name draw(RandomGenerator r, boolean male) {
        double u = r.nextDouble();
        String[] surname = SURNAMES[(int) (SURNAMES.length * u * u)].split(" ");
        String[] pool = male ? MALE : FEMALE;
        String[] first = pool[r.nextInt(pool.length)].split(" ");
        if (DemoRandom.chance(r, 0.25)) {
            return new Name(surname[0] + first[0], surname[1], first[1]);
        }
        String[] second = pool[r.nextInt(pool.length)].split(" ");
        return new Name(surname[0] + first[0] + second[0], surname[1], first[1] + second[1]);
    }
}
