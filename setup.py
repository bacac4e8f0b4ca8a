# Package metadata lives in settings.ini (nbdev's convention); this file only translates it for setuptools.
# The classic nbdev template used pkg_resources, which current setuptools no longer ships: packaging.version replaces it.
from configparser import ConfigParser
import setuptools
from packaging.version import Version

assert Version(setuptools.__version__) >= Version('36.2')
config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

for o in 'version description keywords author author_email'.split(): assert o in cfg, f'settings.ini is missing {o}'
setup_cfg = {o: cfg[o] for o in 'version description keywords author author_email'.split()}

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()

lic = licenses[cfg['license'].lower()]
min_python = cfg['min_python']
requirements = cfg.get('requirements', '').split()
dev_requirements = cfg.get('dev_requirements', '').split()
# flash-attn needs CUDA's compiler to build: an optional extra only, SDPA is the path that always works.
extras = {'dev': dev_requirements, 'flash': ['flash-attn'], 'bench': cfg.get('bench_requirements', '').split()}
scripts = [s.strip() for s in cfg.get('console_scripts', '').split('\n') if s.strip()]

setuptools.setup(
    name=cfg['lib_name'],
    license=lic[0],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'License :: ' + lic[1],
                 'Natural Language :: ' + cfg['language'].title()] +
                ['Programming Language :: Python :: ' + o for o in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=['smolworld', 'smolworld.*']),
    include_package_data=True,
    package_data={'smolworld': ['weights/*']},   # the GPU recipe's models and their report: smolworld_play plays them without paths
    install_requires=requirements,
    extras_require=extras,
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': scripts, 'nbdev': [f'{cfg["lib_path"]}={cfg["lib_path"]}._modidx:d']},
    **setup_cfg)
