-- Demo catalog: thirteen providers across the four provinces and 66 instruments in 15 categories (dev and demo profiles only,
-- never prod: see application.properties). Re-runnable: rows that exist are left as they are.
--
-- The rows are facts only. At startup in those profiles the SeedAnnouncer derives the search text of every row
-- that has never been published and publishes ProviderRegistered / InstrumentListed, so the other services learn
-- of the seed the same way they learn of anything else.
--
-- Two providers belong to Keycloak organizations of the demo realm (staff users provider.sh-analysis-centre and
-- provider.ah-hefei-institute can manage their instruments); the others have organization ids of their own.

INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type, accreditations, contact_email,
                      contact_phone, version)
VALUES
    ('c0000000-0000-4000-8000-000000000001', '0a1f0c5e-5d4b-4b8e-9f00-000000000201', '上海大学分析测试中心',
     'Shanghai University Analysis & Testing Centre', 'CN-SH', 'Shanghai', 'UNIVERSITY', 'CMA,CNAS',
     'testing@shu.example.edu.cn', '+86 21 6613 0001', 0),
    ('c0000000-0000-4000-8000-000000000002', '0a1f0c5e-5d4b-4b8e-9f00-000000000202', '中国科学院合肥物质科学研究院',
     'Hefei Institutes of Physical Science, CAS', 'CN-AH', 'Hefei', 'INSTITUTE', 'CMA',
     'share@hfips.example.ac.cn', '+86 551 6559 0002', 0),
    ('c0000000-0000-4000-8000-000000000003', '0a1f0c5e-5d4b-4b8e-9f00-000000000303', '上海同步辐射光源',
     'Shanghai Synchrotron Radiation Facility', 'CN-SH', 'Shanghai', 'BIG_SCIENCE_FACILITY', '',
     'users@ssrf.example.ac.cn', '+86 21 3393 0003', 0),
    ('c0000000-0000-4000-8000-000000000004', '0a1f0c5e-5d4b-4b8e-9f00-000000000304', '中国科学院上海硅酸盐研究所',
     'Shanghai Institute of Ceramics, CAS', 'CN-SH', 'Shanghai', 'INSTITUTE', 'CMA,CNAS',
     'analysis@sic.example.ac.cn', '+86 21 6990 0004', 0),
    ('c0000000-0000-4000-8000-000000000005', '0a1f0c5e-5d4b-4b8e-9f00-000000000305', '南京大学现代分析中心',
     'Nanjing University Centre of Modern Analysis', 'CN-JS', 'Nanjing', 'UNIVERSITY', 'CMA',
     'cma@nju.example.edu.cn', '+86 25 8968 0005', 0),
    ('c0000000-0000-4000-8000-000000000006', '0a1f0c5e-5d4b-4b8e-9f00-000000000306', '中国科学院苏州纳米技术与纳米仿生研究所',
     'Suzhou Institute of Nano-Tech and Nano-Bionics, CAS', 'CN-JS', 'Suzhou', 'INSTITUTE', 'CMA,CNAS',
     'platform@sinano.example.ac.cn', '+86 512 6287 0006', 0),
    ('c0000000-0000-4000-8000-000000000007', '0a1f0c5e-5d4b-4b8e-9f00-000000000307', '江南大学分析测试中心',
     'Jiangnan University Analysis & Testing Centre', 'CN-JS', 'Wuxi', 'UNIVERSITY', 'CMA',
     'test@jiangnan.example.edu.cn', '+86 510 8591 0007', 0),
    ('c0000000-0000-4000-8000-000000000008', '0a1f0c5e-5d4b-4b8e-9f00-000000000308', '浙江大学分析测试中心',
     'Zhejiang University Analysis Centre', 'CN-ZJ', 'Hangzhou', 'UNIVERSITY', 'CMA,CNAS',
     'share@zju.example.edu.cn', '+86 571 8820 0008', 0),
    ('c0000000-0000-4000-8000-000000000009', '0a1f0c5e-5d4b-4b8e-9f00-000000000309', '中国科学院宁波材料技术与工程研究所',
     'Ningbo Institute of Materials Technology and Engineering, CAS', 'CN-ZJ', 'Ningbo', 'INSTITUTE', 'CMA',
     'service@nimte.example.ac.cn', '+86 574 8668 0009', 0),
    ('c0000000-0000-4000-8000-000000000010', '0a1f0c5e-5d4b-4b8e-9f00-000000000310', '之江实验室',
     'Zhejiang Lab', 'CN-ZJ', 'Hangzhou', 'INSTITUTE', '',
     'open@zhejianglab.example.org', '+86 571 5860 0010', 0),
    ('c0000000-0000-4000-8000-000000000011', '0a1f0c5e-5d4b-4b8e-9f00-000000000311', '中国科学技术大学理化科学实验中心',
     'USTC Physical and Chemical Science Experiment Centre', 'CN-AH', 'Hefei', 'UNIVERSITY', 'CMA',
     'pcsec@ustc.example.edu.cn', '+86 551 6360 0011', 0),
    ('c0000000-0000-4000-8000-000000000012', '0a1f0c5e-5d4b-4b8e-9f00-000000000312', '稳态强磁场实验装置',
     'Steady High Magnetic Field Facility', 'CN-AH', 'Hefei', 'BIG_SCIENCE_FACILITY', '',
     'users@chmfl.example.ac.cn', '+86 551 6559 0012', 0),
    ('c0000000-0000-4000-8000-000000000013', '0a1f0c5e-5d4b-4b8e-9f00-000000000313', '昆山材料检测企业实验室',
     'Kunshan Materials Testing Laboratory Co.', 'CN-JS', 'Suzhou', 'TESTING_BODY', 'CMA,CNAS',
     'lab@ksmt.example.com', '+86 512 5770 0013', 0)
ON CONFLICT (id) DO NOTHING;

WITH hours(code, opening) AS (VALUES
    ('office',  'MONDAY 08:30-17:00,TUESDAY 08:30-17:00,WEDNESDAY 08:30-17:00,THURSDAY 08:30-17:00,FRIDAY 08:30-17:00'),
    ('long',    'MONDAY 08:00-21:00,TUESDAY 08:00-21:00,WEDNESDAY 08:00-21:00,THURSDAY 08:00-21:00,FRIDAY 08:00-21:00,SATURDAY 09:00-17:00'),
    ('beam',    'MONDAY 08:00-22:00,TUESDAY 08:00-22:00,WEDNESDAY 08:00-22:00,THURSDAY 08:00-22:00,FRIDAY 08:00-22:00,SATURDAY 08:00-22:00,SUNDAY 08:00-22:00'),
    ('morning', 'MONDAY 08:30-12:00,WEDNESDAY 08:30-12:00,FRIDAY 08:30-12:00')),
seed(n, provider, name_zh, name_en, description_zh, description_en, category, manufacturer, model, value_yuan,
     location, mode, academic_yuan, enterprise_yuan, voucher, hours, min_minutes, max_minutes, lead_hours, approval) AS (VALUES
    -- Shanghai University Analysis & Testing Centre
    (1, 1, '场发射扫描电镜', 'Field-emission scanning electron microscope', '高分辨形貌观察，配牛津能谱仪，可做元素面分布', 'High-resolution imaging with Oxford EDS and element mapping', 'electron-microscopy', 'ZEISS', 'GeminiSEM 500', 4200000, '宝山校区 材料楼 B102', 'SLOT', 300, 600, true, 'office', 60, 480, 24, false),
    (2, 1, '600 MHz 核磁共振波谱仪', '600 MHz NMR spectrometer', '液体核磁，一维与二维谱，配超低温探头', 'Solution-state NMR, 1D and 2D spectra, cryoprobe', 'nmr', 'Bruker', 'AVANCE NEO 600', 9800000, '宝山校区 化学楼 A015', 'SAMPLE', 150, 400, true, 'office', 30, 240, 48, false),
    (3, 1, '多晶X射线衍射仪', 'Powder X-ray diffractometer', '物相鉴定、晶粒尺寸与残余应力测定', 'Phase identification, crystallite size and residual stress', 'x-ray-diffraction', 'Rigaku', 'SmartLab 9 kW', 2600000, '宝山校区 材料楼 B105', 'SAMPLE', 80, 200, true, 'office', 30, 240, 24, false),
    (4, 1, '液相色谱-串联质谱联用仪', 'LC-MS/MS system', '小分子定量分析，药物与代谢物检测', 'Quantitative small-molecule analysis for drugs and metabolites', 'mass-spectrometry', 'SCIEX', 'Triple Quad 6500+', 3900000, '宝山校区 生命楼 C210', 'SAMPLE', 300, 800, true, 'office', 30, 480, 48, true),
    (5, 1, '同步热分析仪', 'Simultaneous thermal analyzer', '热重与差示扫描量热同步测量，室温至1500℃', 'TGA and DSC in one run, room temperature to 1500 °C', 'thermal-analysis', 'NETZSCH', 'STA 449 F5 Jupiter', 900000, '宝山校区 材料楼 B110', 'SAMPLE', 100, 250, true, 'office', 30, 240, 24, false),
    (6, 1, '激光共聚焦显微镜', 'Confocal laser scanning microscope', '活细胞成像与三维重构', 'Live-cell imaging and 3D reconstruction', 'cell-imaging', 'Leica', 'STELLARIS 8', 5200000, '宝山校区 生命楼 C305', 'SLOT', 200, 450, true, 'long', 60, 360, 24, false),
    -- Hefei Institutes of Physical Science
    (7, 2, '球差校正透射电子显微镜', 'Aberration-corrected transmission electron microscope', '原子分辨成像，能谱与电子能量损失谱', 'Atomic-resolution imaging with EDS and EELS', 'electron-microscopy', 'Thermo Fisher', 'Spectra 300', 38000000, '科学岛 分析测试楼 101', 'SLOT', 800, 2000, true, 'office', 120, 480, 72, true),
    (8, 2, 'X射线光电子能谱仪', 'X-ray photoelectron spectrometer', '表面元素组成与化学态分析', 'Surface elemental composition and chemical states', 'surface-analysis', 'Thermo Fisher', 'ESCALAB Xi+', 6500000, '科学岛 分析测试楼 205', 'SAMPLE', 300, 700, true, 'office', 30, 240, 48, false),
    (9, 2, '电感耦合等离子体质谱仪', 'ICP mass spectrometer', '痕量元素与同位素分析', 'Trace elements and isotope ratios', 'elemental-analysis', 'Agilent', '7900 ICP-MS', 1800000, '科学岛 环境楼 312', 'SAMPLE', 120, 300, true, 'office', 30, 240, 24, false),
    (10, 2, '傅里叶变换红外光谱仪', 'FTIR spectrometer', '红外与拉曼光谱，官能团鉴定', 'Infrared spectra and functional group identification', 'optical-spectroscopy', 'Thermo Fisher', 'Nicolet iS50', 1100000, '科学岛 分析测试楼 210', 'SAMPLE', 60, 150, true, 'office', 30, 240, 24, false),
    (11, 2, '原子力显微镜', 'Atomic force microscope', '纳米尺度形貌、相位与力曲线测量', 'Nanoscale topography, phase imaging and force curves', 'surface-analysis', 'Bruker', 'Dimension Icon', 3000000, '科学岛 分析测试楼 220', 'SLOT', 200, 500, true, 'office', 60, 480, 24, false),
    -- Shanghai Synchrotron Radiation Facility
    (12, 3, '硬X射线微聚焦光束线站', 'Hard X-ray micro-focus beamline end-station', '微区XRF与XAFS，空间分辨优于2微米', 'Micro-XRF and XAFS with better than 2 µm resolution', 'synchrotron-beamline', 'SSRF', 'BL15U1', 120000000, '张江 光源大厅 15号站', 'SLOT', 2000, 5000, false, 'beam', 240, 720, 168, true),
    (13, 3, 'X射线吸收精细结构光束线站', 'XAFS beamline end-station', '催化剂与电池材料的原位吸收谱', 'In-situ absorption spectra of catalysts and battery materials', 'synchrotron-beamline', 'SSRF', 'BL14W1', 95000000, '张江 光源大厅 14号站', 'SLOT', 1800, 4500, false, 'beam', 240, 720, 168, true),
    (14, 3, '生物大分子晶体学光束线站', 'Macromolecular crystallography beamline', '蛋白质晶体衍射数据收集', 'Protein crystal diffraction data collection', 'synchrotron-beamline', 'SSRF', 'BL19U1', 110000000, '张江 光源大厅 19号站', 'SLOT', 1500, 4000, true, 'beam', 120, 720, 168, true),
    (15, 3, '软X射线谱学显微光束线站', 'Soft X-ray spectromicroscopy beamline', '扫描透射X射线显微成像', 'Scanning transmission X-ray microscopy', 'synchrotron-beamline', 'SSRF', 'BL08U1A', 80000000, '张江 光源大厅 08号站', 'SLOT', 1800, 4500, false, 'beam', 240, 720, 168, true),
    (16, 3, '小角X射线散射光束线站', 'Small-angle X-ray scattering beamline', '纳米结构与高分子取向分析', 'Nanostructure and polymer orientation analysis', 'synchrotron-beamline', 'SSRF', 'BL16B1', 70000000, '张江 光源大厅 16号站', 'SLOT', 1500, 4000, true, 'beam', 120, 720, 168, true),
    -- Shanghai Institute of Ceramics
    (17, 4, '激光粒度分析仪', 'Laser diffraction particle size analyzer', '粉体粒度分布，0.01至3500微米', 'Particle size distribution from 0.01 to 3500 µm', 'particle-analysis', 'Malvern Panalytical', 'Mastersizer 3000', 600000, '嘉定园区 测试楼 301', 'SAMPLE', 50, 120, true, 'office', 30, 120, 24, false),
    (18, 4, '比表面积及孔径分析仪', 'Surface area and porosity analyzer', 'BET比表面积与孔径分布', 'BET surface area and pore size distribution', 'particle-analysis', 'Micromeritics', 'ASAP 2460', 900000, '嘉定园区 测试楼 303', 'SAMPLE', 120, 300, true, 'office', 30, 240, 24, false),
    (19, 4, '万能材料试验机', 'Universal testing machine', '拉伸、压缩与弯曲性能测试，最大100 kN', 'Tensile, compression and bending tests up to 100 kN', 'mechanical-testing', 'Instron', '5985', 1500000, '嘉定园区 力学实验室 102', 'SLOT', 150, 350, true, 'office', 60, 480, 24, false),
    (20, 4, '场发射扫描电镜', 'Field-emission scanning electron microscope', '陶瓷与涂层断面观察，配电子背散射衍射', 'Ceramics and coating cross-sections with EBSD', 'electron-microscopy', 'Hitachi', 'SU8220', 3600000, '嘉定园区 测试楼 105', 'SLOT', 300, 650, true, 'office', 60, 480, 24, false),
    (21, 4, '高温激光导热仪', 'Laser flash thermal diffusivity analyzer', '热扩散系数与导热系数，室温至2000℃', 'Thermal diffusivity and conductivity to 2000 °C', 'thermal-analysis', 'NETZSCH', 'LFA 467 HT', 1300000, '嘉定园区 测试楼 210', 'SAMPLE', 200, 450, true, 'office', 30, 240, 48, false),
    -- Nanjing University Centre of Modern Analysis
    (22, 5, '单晶X射线衍射仪', 'Single-crystal X-ray diffractometer', '小分子与配合物晶体结构解析', 'Crystal structures of small molecules and complexes', 'x-ray-diffraction', 'Bruker', 'D8 VENTURE', 4500000, '仙林校区 化学楼 A106', 'SAMPLE', 200, 500, true, 'office', 30, 240, 24, false),
    (23, 5, '400 MHz 核磁共振波谱仪', '400 MHz NMR spectrometer', '常规氢谱与碳谱，自动进样', 'Routine 1H and 13C spectra with autosampler', 'nmr', 'Bruker', 'AVANCE III HD 400', 3500000, '仙林校区 化学楼 A010', 'SAMPLE', 40, 100, true, 'long', 15, 120, 12, false),
    (24, 5, '高分辨飞行时间质谱仪', 'High-resolution Q-TOF mass spectrometer', '精确分子量测定与结构鉴定', 'Accurate mass and structure elucidation', 'mass-spectrometry', 'Waters', 'Xevo G2-XS QTof', 4000000, '仙林校区 化学楼 A210', 'SAMPLE', 150, 400, true, 'office', 30, 240, 24, false),
    (25, 5, '气相色谱-质谱联用仪', 'GC-MS system', '挥发性有机物定性定量分析', 'Volatile organic compounds, qualitative and quantitative', 'chromatography', 'Agilent', '8890/5977B', 1200000, '仙林校区 环境楼 B305', 'SAMPLE', 100, 260, true, 'office', 30, 240, 24, false),
    (26, 5, '透射电子显微镜', 'Transmission electron microscope', '纳米材料形貌与选区电子衍射', 'Nanomaterial morphology and selected-area diffraction', 'electron-microscopy', 'JEOL', 'JEM-2100F', 8000000, '鼓楼校区 物理楼 105', 'SLOT', 500, 1200, true, 'office', 120, 480, 48, true),
    -- Suzhou Institute of Nano-Tech and Nano-Bionics
    (27, 6, '电子束光刻系统', 'Electron-beam lithography system', '10纳米以下图形直写', 'Direct writing of sub-10 nm patterns', 'electron-microscopy', 'Raith', 'EBPG 5200', 45000000, '纳米真空互联实验站 A区', 'SLOT', 1200, 3000, true, 'long', 120, 480, 72, true),
    (28, 6, '聚焦离子束双束电镜', 'Focused ion beam dual-beam SEM', 'TEM制样、截面加工与三维重构', 'TEM lamella preparation, cross-sections and 3D slicing', 'electron-microscopy', 'Thermo Fisher', 'Helios 5 UX', 22000000, '测试分析平台 101', 'SLOT', 900, 2200, true, 'office', 120, 480, 48, true),
    (29, 6, '拉曼光谱仪', 'Confocal Raman spectrometer', '二维材料与半导体应力表征', 'Stress and layer characterisation of 2D materials and semiconductors', 'optical-spectroscopy', 'HORIBA', 'LabRAM HR Evolution', 2200000, '测试分析平台 208', 'SLOT', 150, 400, true, 'long', 60, 480, 24, false),
    (30, 6, '高分辨X射线衍射仪', 'High-resolution X-ray diffractometer', '外延薄膜摇摆曲线与倒易空间图', 'Rocking curves and reciprocal space maps of epitaxial films', 'x-ray-diffraction', 'Malvern Panalytical', 'X''Pert³ MRD', 3200000, '测试分析平台 203', 'SLOT', 250, 600, true, 'office', 60, 480, 24, false),
    (31, 6, '飞行时间二次离子质谱仪', 'Time-of-flight secondary ion mass spectrometer', '表面与深度剖析的痕量成分', 'Trace composition at surfaces and in depth profiles', 'surface-analysis', 'IONTOF', 'TOF.SIMS 5', 12000000, '测试分析平台 215', 'SAMPLE', 600, 1500, true, 'office', 60, 240, 72, true),
    -- Jiangnan University Analysis & Testing Centre
    (32, 7, '超高效液相色谱仪', 'UHPLC system', '食品添加剂与农药残留检测', 'Food additives and pesticide residues', 'chromatography', 'Waters', 'ACQUITY UPLC H-Class', 800000, '蠡湖校区 食品楼 C102', 'SAMPLE', 80, 200, true, 'office', 30, 240, 24, false),
    (33, 7, '氨基酸分析仪', 'Amino acid analyzer', '蛋白质水解氨基酸组成分析', 'Amino acid composition of protein hydrolysates', 'chromatography', 'Hitachi', 'LA8080', 700000, '蠡湖校区 食品楼 C110', 'SAMPLE', 150, 320, true, 'office', 30, 240, 24, false),
    (34, 7, '差示扫描量热仪', 'Differential scanning calorimeter', '玻璃化转变、熔融与结晶行为', 'Glass transition, melting and crystallisation', 'thermal-analysis', 'TA Instruments', 'DSC 2500', 600000, '蠡湖校区 材料楼 D201', 'SAMPLE', 80, 180, true, 'office', 30, 240, 24, false),
    (35, 7, '流式细胞仪', 'Flow cytometer', '细胞表型与细胞周期分析', 'Cell phenotyping and cell cycle', 'cell-imaging', 'BD Biosciences', 'FACSAria III', 3000000, '蠡湖校区 生物楼 E305', 'SLOT', 200, 480, true, 'office', 60, 240, 48, true),
    (36, 7, '电感耦合等离子体发射光谱仪', 'ICP optical emission spectrometer', '食品与环境样品多元素分析', 'Multi-element analysis of food and environmental samples', 'elemental-analysis', 'Thermo Fisher', 'iCAP PRO', 900000, '蠡湖校区 食品楼 C120', 'SAMPLE', 60, 150, true, 'office', 30, 240, 24, false),
    -- Zhejiang University Analysis Centre
    (37, 8, '800 MHz 核磁共振波谱仪', '800 MHz NMR spectrometer', '生物大分子结构与动力学，配低温探头', 'Structure and dynamics of biomacromolecules, cryoprobe', 'nmr', 'Bruker', 'AVANCE NEO 800', 42000000, '紫金港校区 化学楼 E001', 'SLOT', 600, 1500, true, 'long', 120, 720, 72, true),
    (38, 8, '冷冻透射电子显微镜', 'Cryo-transmission electron microscope', '单颗粒冷冻电镜结构解析', 'Single-particle cryo-EM structure determination', 'electron-microscopy', 'Thermo Fisher', 'Titan Krios G4', 60000000, '紫金港校区 冷冻电镜中心', 'SLOT', 1500, 4000, true, 'beam', 240, 720, 168, true),
    (39, 8, '基质辅助激光解吸飞行时间质谱', 'MALDI-TOF mass spectrometer', '多肽、蛋白与高分子分子量测定', 'Molecular weight of peptides, proteins and polymers', 'mass-spectrometry', 'Bruker', 'rapifleX', 4800000, '紫金港校区 生命楼 B210', 'SAMPLE', 100, 260, true, 'office', 30, 240, 24, false),
    (40, 8, '激光共聚焦显微镜', 'Confocal laser scanning microscope', '多色荧光成像与光谱拆分', 'Multicolour fluorescence imaging and spectral unmixing', 'cell-imaging', 'ZEISS', 'LSM 980 Airyscan 2', 5600000, '紫金港校区 医学楼 C402', 'SLOT', 200, 450, true, 'long', 60, 360, 24, false),
    (41, 8, '高性能计算集群', 'High-performance computing cluster', '分子动力学与第一性原理计算，按节点小时计费', 'Molecular dynamics and first-principles codes, billed per node-hour', 'computing', 'Inspur', 'NF5280M6 cluster', 15000000, '紫金港校区 信息中心', 'SLOT', 30, 60, true, 'beam', 60, 720, 1, false),
    -- Ningbo Institute of Materials Technology and Engineering
    (42, 9, '场发射电子探针', 'Field-emission electron probe microanalyzer', '微区成分定量与元素分布', 'Quantitative micro-area composition and element maps', 'elemental-analysis', 'JEOL', 'JXA-iHP200F', 7500000, '镇海园区 测试中心 110', 'SLOT', 400, 900, true, 'office', 60, 480, 48, true),
    (43, 9, '振动样品磁强计', 'Vibrating sample magnetometer', '磁滞回线与居里温度测量', 'Hysteresis loops and Curie temperature', 'physical-properties', 'Lake Shore', '8604', 1600000, '镇海园区 磁性材料楼 203', 'SAMPLE', 150, 350, true, 'office', 30, 240, 24, false),
    (44, 9, 'X射线光电子能谱仪', 'X-ray photoelectron spectrometer', '薄膜与涂层表面化学态', 'Chemical states at film and coating surfaces', 'surface-analysis', 'Kratos', 'AXIS SUPRA+', 6000000, '镇海园区 测试中心 205', 'SAMPLE', 300, 700, true, 'office', 30, 240, 48, false),
    (45, 9, '纳米压痕仪', 'Nanoindenter', '薄膜硬度与弹性模量', 'Hardness and elastic modulus of thin films', 'mechanical-testing', 'KLA', 'iNano', 1800000, '镇海园区 测试中心 302', 'SLOT', 200, 450, true, 'office', 60, 480, 24, false),
    (46, 9, '热重-红外联用仪', 'TGA-FTIR system', '热分解气体在线分析', 'Online analysis of evolved gases during decomposition', 'thermal-analysis', 'PerkinElmer', 'TGA 8000 / Frontier', 1000000, '镇海园区 测试中心 208', 'SAMPLE', 120, 280, true, 'office', 30, 240, 24, false),
    -- Zhejiang Lab
    (47, 10, '智能计算集群', 'AI computing cluster', 'GPU训练与推理，按卡时计费', 'GPU training and inference, billed per GPU-hour', 'computing', 'Sugon', 'X7840 GPU cluster', 80000000, '南湖总部 计算中心', 'SLOT', 20, 45, true, 'beam', 60, 720, 1, false),
    (48, 10, '超分辨荧光显微镜', 'Super-resolution fluorescence microscope', 'STED与单分子定位成像', 'STED and single-molecule localisation imaging', 'cell-imaging', 'Abberior', 'STEDYCON', 6500000, '南湖总部 生命科学平台 301', 'SLOT', 300, 700, true, 'office', 60, 360, 48, true),
    (49, 10, '原子层沉积系统', 'Atomic layer deposition system', '氧化物与氮化物薄膜生长', 'Oxide and nitride thin-film growth', 'surface-analysis', 'Beneq', 'TFS 200', 3500000, '南湖总部 微纳加工平台', 'SLOT', 300, 800, false, 'office', 120, 480, 48, true),
    (50, 10, '太赫兹时域光谱仪', 'Terahertz time-domain spectrometer', '材料太赫兹波段介电特性', 'Dielectric properties in the terahertz band', 'optical-spectroscopy', 'TOPTICA', 'TeraFlash pro', 2800000, '南湖总部 光电平台 205', 'SLOT', 200, 500, true, 'office', 60, 480, 24, false),
    -- USTC Physical and Chemical Science Experiment Centre
    (51, 11, '500 MHz 核磁共振波谱仪', '500 MHz NMR spectrometer', '液体与固体核磁，变温实验', 'Solution and solid-state NMR with variable temperature', 'nmr', 'Bruker', 'AVANCE NEO 500', 6000000, '东校区 理化大楼 一楼', 'SAMPLE', 80, 220, true, 'long', 30, 240, 24, false),
    (52, 11, '单晶X射线衍射仪', 'Single-crystal X-ray diffractometer', '配液氮低温系统的晶体结构测定', 'Crystal structures with a nitrogen cryostream', 'x-ray-diffraction', 'Rigaku', 'XtaLAB Synergy', 4000000, '东校区 理化大楼 二楼', 'SAMPLE', 200, 480, true, 'office', 30, 240, 24, false),
    (53, 11, '电子顺磁共振波谱仪', 'Electron paramagnetic resonance spectrometer', '自由基与过渡金属离子检测', 'Radicals and transition-metal ions', 'optical-spectroscopy', 'Bruker', 'EMXplus', 3000000, '东校区 理化大楼 三楼', 'SAMPLE', 150, 380, true, 'office', 30, 240, 24, false),
    (54, 11, '扫描电子显微镜', 'Scanning electron microscope', '常规形貌观察与能谱分析', 'Routine morphology with EDS', 'electron-microscopy', 'ZEISS', 'Sigma 300', 2200000, '东校区 理化大楼 一楼', 'SLOT', 200, 450, true, 'long', 60, 480, 24, false),
    (55, 11, '气相色谱仪', 'Gas chromatograph', '气体与有机溶剂组分分析', 'Gas and organic solvent composition', 'chromatography', 'Agilent', '8890 GC', 400000, '东校区 理化大楼 四楼', 'SAMPLE', 50, 120, true, 'office', 30, 240, 12, false),
    -- Steady High Magnetic Field Facility
    (56, 12, '混合磁体实验站', 'Hybrid magnet station', '45.22特斯拉稳态强磁场下的输运测量', 'Transport measurements in steady fields up to 45.22 T', 'physical-properties', 'CHMFL', 'Hybrid Magnet H1', 250000000, '科学岛 强磁场大楼 H1', 'SLOT', 3000, 8000, false, 'beam', 240, 720, 336, true),
    (57, 12, '强磁场核磁共振谱仪', 'High-field NMR station', '强磁场下的固体核磁研究', 'Solid-state NMR in high magnetic fields', 'nmr', 'CHMFL', 'WM5 NMR', 30000000, '科学岛 强磁场大楼 WM5', 'SLOT', 1500, 4000, true, 'beam', 240, 720, 168, true),
    (58, 12, '综合物性测量系统', 'Physical property measurement system', '低温输运、比热与磁性测量', 'Low-temperature transport, heat capacity and magnetism', 'physical-properties', 'Quantum Design', 'PPMS DynaCool', 5000000, '科学岛 强磁场大楼 205', 'SLOT', 300, 800, true, 'long', 120, 720, 48, true),
    (59, 12, '强磁场扫描隧道显微镜', 'High-field scanning tunnelling microscope', '极低温强磁场下原子尺度成像', 'Atomic-scale imaging at millikelvin in high fields', 'surface-analysis', 'CHMFL', 'SM4 STM', 20000000, '科学岛 强磁场大楼 SM4', 'SLOT', 1200, 3000, false, 'beam', 240, 720, 168, true),
    -- Kunshan Materials Testing Laboratory
    (60, 13, '金相显微镜', 'Metallographic microscope', '金属组织与夹杂物评级', 'Metal microstructure and inclusion rating', 'mechanical-testing', 'Olympus', 'GX53', 300000, '昆山开发区 检测大楼 3F', 'SAMPLE', 60, 150, true, 'long', 30, 120, 12, false),
    (61, 13, '盐雾试验箱', 'Salt spray test chamber', '中性盐雾与循环腐蚀试验', 'Neutral salt spray and cyclic corrosion tests', 'mechanical-testing', 'Q-Lab', 'Q-FOG CRH', 400000, '昆山开发区 检测大楼 2F', 'SAMPLE', 300, 600, true, 'long', 60, 240, 24, false),
    (62, 13, '直读光谱仪', 'Optical emission spark spectrometer', '钢铁与有色金属成分快速分析', 'Fast composition of steels and non-ferrous alloys', 'elemental-analysis', 'SPECTRO', 'SPECTROMAXx', 800000, '昆山开发区 检测大楼 3F', 'SAMPLE', 80, 180, true, 'long', 15, 120, 12, false),
    (63, 13, '工业CT', 'Industrial CT scanner', '零部件内部缺陷三维无损检测', 'Non-destructive 3D inspection of internal defects', 'particle-analysis', 'ZEISS', 'METROTOM 1500', 9000000, '昆山开发区 检测大楼 1F', 'SLOT', 600, 1200, true, 'office', 60, 480, 24, true),
    (64, 13, '扫描电子显微镜', 'Scanning electron microscope', '失效分析与断口观察', 'Failure analysis and fractography', 'electron-microscopy', 'Thermo Fisher', 'Phenom XL G2', 1500000, '昆山开发区 检测大楼 3F', 'SLOT', 250, 500, true, 'long', 30, 480, 12, false),
    -- a second instrument each for the smaller rosters
    (65, 3, '高能材料科学光束线站', 'High-energy materials science beamline', '高能X射线衍射与成像', 'High-energy X-ray diffraction and imaging', 'synchrotron-beamline', 'SSRF', 'BL12SW', 130000000, '张江 光源大厅 12号站', 'SLOT', 2000, 5000, false, 'beam', 240, 720, 168, true),
    (66, 2, '激光粒度仪', 'Laser particle size analyzer', '纳米与微米颗粒粒度分布', 'Nano- and micro-particle size distributions', 'particle-analysis', 'Malvern Panalytical', 'Zetasizer Ultra', 800000, '科学岛 分析测试楼 230', 'SAMPLE', 60, 150, true, 'morning', 30, 120, 24, false))
INSERT INTO instrument (id, provider_id, provider_region, provider_city, name_zh, name_en, description_zh,
                        description_en, category, manufacturer, model, original_value_fen, location, booking_mode,
                        academic_price_fen, enterprise_price_fen, voucher_eligible, opening_hours,
                        min_duration_minutes, max_duration_minutes, lead_time_hours, approval_required, status,
                        name_text, search_text, version)
SELECT ('d0000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid, p.id, p.region, p.city,
       s.name_zh, s.name_en, s.description_zh, s.description_en, s.category, s.manufacturer, s.model,
       s.value_yuan::bigint * 100, s.location, s.mode, s.academic_yuan::bigint * 100, s.enterprise_yuan::bigint * 100,
       s.voucher, h.opening, s.min_minutes, s.max_minutes, s.lead_hours, s.approval, 'ACTIVE',
       '', '', 0   -- search text: derived by the SeedAnnouncer
FROM seed s
JOIN provider p ON p.id = ('c0000000-0000-4000-8000-' || lpad(s.provider::text, 12, '0'))::uuid
JOIN hours h ON h.code = s.hours
ON CONFLICT (id) DO NOTHING;
